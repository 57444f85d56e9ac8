#!/usr/bin/env python3
"""What a user would otherwise write: list and search career files with Python's tomllib.

usage: python_list_search.py DIR list
       python_list_search.py DIR search WORD...
"""
import os
import sys
import tomllib


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


def main():
    directory, command, words = sys.argv[1], sys.argv[2], [w.lower() for w in sys.argv[3:]]
    careers = []
    for name in sorted(os.listdir(directory)):
        if name.endswith(".toml"):
            with open(os.path.join(directory, name), "rb") as f:
                careers.append((name[:-5], tomllib.load(f)))
    if command == "list":
        for career_id, data in careers:
            median = data.get("salary", {}).get("median", "")
            growth = data.get("job_outlook", {}).get("growth_percent", "")
            print(f"{career_id}\t{data['title']}\t{median}\t{growth}")
    else:
        for career_id, data in careers:
            for key, part in data.items():
                text = "\n".join(strings(part)).lower()
                if all(word in text for word in words):
                    print(f"{career_id}\t{key}")
                    break


if __name__ == "__main__":
    main()
