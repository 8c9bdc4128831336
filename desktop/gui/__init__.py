"""The Qt desktop program: thin views over `db.Collection` and `duiyi`."""
