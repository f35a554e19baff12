"""Writing a file all at once or not at all: the one writer every export and the manifest use.

A temporary file in the target folder, flushed and synced, then ``os.replace``d over the
old one, so a reader (or a crash) never sees half a file. Its own module so that
:mod:`graph.export` and :mod:`graph.render` can both use it without importing each other.
"""
from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

__all__ = ["write_atomic", "write_if_changed"]


def write_atomic(path: str | Path, data: bytes | Iterable[bytes]) -> Path:
    """Write ``data`` (bytes, or an iterable of bytes written as they come) to ``path``
    all at once, or not at all."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file private (0600); an export is meant to be shared, so give
        # it the mode open() would: 0666 less the umask.
        os.chmod(tmp, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as fh:
            if isinstance(data, (bytes, bytearray, memoryview)):
                fh.write(data)
            else:
                for piece in data:
                    fh.write(piece)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return path


def write_if_changed(path: str | Path, data: bytes | Iterable[bytes]) -> bool:
    """Write ``data`` to ``path`` as :func:`write_atomic` does, unless ``path`` already holds
    exactly these bytes: then nothing is touched (not even its time stamp). Returns whether
    the file was written.

    The new bytes are compared with the old file as they come, so memory holds one piece,
    not the file; at the first difference the part that matched is copied from the old file
    into the temporary one and writing goes on from there.
    """
    path = Path(path)
    pieces = iter([data] if isinstance(data, (bytes, bytearray, memoryview)) else data)
    try:
        old = path.open("rb")
    except (FileNotFoundError, NotADirectoryError):
        write_atomic(path, pieces)
        return True
    with old:
        matched = 0
        for piece in pieces:
            if old.read(len(piece)) != piece:
                write_atomic(path, _resumed(old, matched, piece, pieces))
                return True
            matched += len(piece)
        if old.read(1):  # the old file is longer
            write_atomic(path, _resumed(old, matched, b"", pieces))
            return True
    return False


def _resumed(old, matched: int, piece: bytes, rest) -> Iterable[bytes]:
    """The first ``matched`` bytes of ``old`` (equal to what was produced so far), then ``piece``
    and the ``rest``."""
    old.seek(0)
    while matched:
        block = old.read(min(matched, 1 << 20))
        if not block:  # the old file changed under us: cannot happen while we hold it, but never loop
            raise OSError(f"{old.name} changed while it was compared")
        matched -= len(block)
        yield block
    yield piece
    yield from rest


def _umask() -> int:
    mask = os.umask(0o022)  # the only way to read it is to set it
    os.umask(mask)
    return mask
