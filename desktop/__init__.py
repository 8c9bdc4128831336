"""The application: the Qt GUI and the command line, both thin over `db.Collection` and `duiyi`."""

from desktop.none_guard import keep_none_alive

keep_none_alive()
