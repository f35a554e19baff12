"""``python -m graph.bench corpus|render|serve|all`` (see :mod:`graph.bench.cli`)."""
import sys

from .cli import main

sys.exit(main())
