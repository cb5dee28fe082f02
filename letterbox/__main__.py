"""`python -m letterbox`, and the entry point of the PyInstaller bundle."""

import multiprocessing
import sys

from letterbox.cli import main

if __name__ == "__main__":
    # Export encodes audio in worker processes (spawn); a frozen bundle must let them start.
    multiprocessing.freeze_support()
    sys.exit(main())
