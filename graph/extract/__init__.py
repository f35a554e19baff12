"""Indonesian extraction: rules in ``graph/lexicons``, passes in :mod:`graph.extract.core`."""
from .core import extract

__all__ = ["extract"]
