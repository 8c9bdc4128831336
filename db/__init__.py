"""Storage: typed models, migrations, and the `Collection` facade over one SQLite file."""

from db.collection import Collection

__all__ = ["Collection"]
