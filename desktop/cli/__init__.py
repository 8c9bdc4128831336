"""The command line: `duiyi SUBCOMMAND ...`, headless, for scripts and terminal users."""
