"""Run the benchmark, print the table and write bench/results.json."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from bench.data import ten_year_journal
from bench.exchange import measure_daylio_import, measure_export
from bench.results import RESULTS_FILE, machine, table, write_results
from bench.saving import measure_save
from bench.window import measure_memory, measure_png_export, measure_startup, measure_views


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="moodapp-bench-") as folder:
        work = Path(folder)
        journal = ten_year_journal(work / "ten-years")
        results = [
            *measure_startup(journal.data_dir),
            *measure_views(journal.data_dir),
            *measure_save(journal, work),
            *measure_daylio_import(work),
            *measure_export(journal, work),
            *measure_png_export(journal.data_dir),
            *measure_memory(journal.data_dir),
        ]
    print(f"moodapp benchmark on {machine()}")
    print(table(results))
    write_results(results)
    print(f"written to {RESULTS_FILE}")
    return 0 if all(r.met is not False for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
