"""Duiyi (对译): the domain core — reading, cleaning, aligning, extracting, scheduling, exporting.

Pure Python: it never imports Qt or SQLAlchemy (checked by import-linter).
"""

__version__ = "0.1.0"
