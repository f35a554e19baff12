"""Tests of graph.evaluation: the scoring of kg eval (resolution: tests/test_resolve.py)."""
