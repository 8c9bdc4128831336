"""Windows that run a drill: projector, multiple choice, typing and matching (issue 16)."""
