"""The bundle's entry script: the same main() as the `moodapp` console command."""

import sys

from moodapp.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
