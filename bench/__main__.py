"""Run the benchmark, print the table and write bench/results.json."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from bench.data import ten_year_journal
from bench.exchange import measure_daylio_import, measure_export
from bench.results import RESULTS_FILE, machine, table, write_results


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="moodapp-bench-") as folder:
        work = Path(folder)
        journal = ten_year_journal(work / "ten-years")
        results = [*measure_daylio_import(work), *measure_export(journal, work)]
    print(f"moodapp benchmark on {machine()}")
    print(table(results))
    write_results(results)
    print(f"written to {RESULTS_FILE}")
    return 0 if all(r.met is not False for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
