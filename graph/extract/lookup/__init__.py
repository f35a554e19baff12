"""Helpers several passes share: places, bodies, titles, names and the statistical tagger."""
