#!/usr/bin/env python3
"""Writes a synthetic catalog of N careers for the benchmark: each a copy of the interventional
radiologist's file (the largest shipped career), with its own id, title and figures. The figures are
made up for timing only; they never go into data/.

usage: make_catalog.py SOURCE_TOML OUT_DIR N
"""
import os
import re
import sys


def main():
    source, out_dir, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with open(source, encoding="utf-8") as f:
        text = f.read()
    os.makedirs(out_dir, exist_ok=True)
    for i in range(count):
        # Distinct figures: every whole number in the salary table shifted by a per-career amount.
        shift = (i % 97) * 1000
        career = re.sub(r'^title = "([^"]*)"', lambda m: f'title = "{m.group(1)} {i:04d}"', text, count=1, flags=re.M)
        career = re.sub(r'^aliases = \[[^\]]*\]', f'aliases = ["BENCH{i:04d}"]', career, count=1, flags=re.M)
        career = re.sub(r'^(minimum|maximum|median|entry|mid|senior|top_10_percent) = (\d+)$',
                        lambda m: f"{m.group(1)} = {int(m.group(2)) + shift}", career, flags=re.M)
        career = re.sub(r'^growth_percent = \d+$', f"growth_percent = {i % 40}", career, flags=re.M)
        # Related roles would name careers not in the catalog: leave them out.
        career = re.sub(r'^related_roles = \[[^\]]*\]', "related_roles = []", career, flags=re.M)
        with open(os.path.join(out_dir, f"bench-career-{i:04d}.toml"), "w", encoding="utf-8") as f:
            f.write(career)


if __name__ == "__main__":
    main()
