"""Files the quiz tools classes already use, made from a built drill: one module per format."""
