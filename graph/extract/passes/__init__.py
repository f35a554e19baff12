"""The passes of the extraction, one a module, each with its ``PASS`` (see :data:`graph.extract.PASSES`)."""
