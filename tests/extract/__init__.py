"""Tests of graph.extract: the pipeline's contract, and each pass alone (test_<pass>.py)."""
