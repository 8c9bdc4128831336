"""The application: the Qt GUI and the command line, both thin over `db.Collection` and `duiyi`."""
