"""Tests of graph.ingest: the real corpus end to end, then one table per rule."""
