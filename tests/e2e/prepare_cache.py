"""Run by ctest before the end-to-end tests (tests/CMakeLists.txt, the fixture e2e_cache): makes
the index cache they share afresh (CAREER_TEST_CACHE) and fills it once, with the shipped catalog's
entries for list and for search, so that no test pays for it, and none pays twice because two
tests built it at the same time."""
import os
import shutil
import sys

shutil.rmtree(os.environ["CAREER_TEST_CACHE"], ignore_errors=True)

from career_run import run  # noqa: E402 (it makes the directory afresh)

for args in [("list", "--format", "tsv"), ("search", "career")]:
    result = run(*args)
    if result.returncode not in (0, 1):  # search: 1 when nothing matches
        sys.exit(f"career {' '.join(args)}: exit {result.returncode}\n{result.stderr}")
