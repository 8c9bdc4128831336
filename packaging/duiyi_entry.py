"""The frozen `duiyi` program's first code (PyInstaller): the same as the `duiyi` console script.

desktop/main.py is not the script itself, so `desktop.main` is imported once, as a module, like
the console script does; and the GUI's helper process (multiprocessing, spawn) needs
freeze_support() before anything else, or a frozen child would start a second program.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from desktop.main import main

    sys.exit(main())
