"""Writing a file all at once or not at all: the one writer every export and the manifest use.

A temporary file in the target folder, flushed and synced, then ``os.replace``d over the
old one, so a reader (or a crash) never sees half a file. Its own module so that
:mod:`graph.export` and :mod:`graph.render` can both use it without importing each other.
"""
from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

__all__ = ["write_atomic", "write_if_changed", "disk_full", "no_space", "out_of_space"]

#: The fault tests' full disk: a write whose target's name holds this variable's value (a file
#: such as ``manifest.json`` or ``graph.ttl``, or a store phase such as ``batch``) writes part
#: of its data and then fails with ENOSPC, as a full disk makes it fail.
FAULT_ENV = "KG_FAULT_ENOSPC"


def disk_full(what: str) -> bool:
    """Whether the fault tests asked that writing ``what`` meet a full disk (:data:`FAULT_ENV`)."""
    wanted = os.environ.get(FAULT_ENV)
    return bool(wanted) and wanted in what


def no_space(path: str | Path) -> OSError:
    return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))


def out_of_space(exc: BaseException) -> str | None:
    """What a write error says, in a few words, when the disk is full (or a quota or a
    file-size limit is reached, or the disk failed a write); ``None`` for any other error."""
    import sqlite3
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return f"the disk is full ({exc.strerror}: {exc.filename})" if exc.filename else \
            f"the disk is full ({exc.strerror})"
    if isinstance(exc, OSError) and any(w in str(exc) for w in ("No space left", "File too large",
                                                                "Disk quota exceeded")):
        # Oxigraph's I/O errors carry the system's words, not an errno
        return f"the disk is full ({str(exc).splitlines()[0][-300:]})"
    if isinstance(exc, sqlite3.OperationalError) and "disk is full" in str(exc):
        return f"the disk is full ({exc}, in the export chunks)"
    if isinstance(exc, sqlite3.OperationalError) and "disk I/O error" in str(exc):
        return f"a write to the disk failed ({exc}, in the export chunks: is it full?)"
    return None


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
                data = (data,)
            for piece in data:
                if disk_full(path.name):
                    fh.write(piece[:len(piece) // 2])
                    fh.flush()
                    raise no_space(tmp)
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
