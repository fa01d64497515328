"""Identifiers: opaque strings that the host application supplies.

The kit never interprets an identifier; it only requires one to be usable as a
key: 1-128 printable characters with no surrounding spaces. Identifiers may appear
in ``repr()`` and in error messages, so never build one from client-written text.
Use :func:`new_id` when the host app has no identifier of its own yet.
"""

import os

__all__ = ["new_id"]


def new_id(prefix: str = "") -> str:
    """A new random identifier: 32 hex digits, after ``prefix`` if one is given.

    >>> from therapy_homework.model import new_id
    >>> len(new_id())
    32
    >>> new_id("asg_").startswith("asg_")
    True
    """
    return f"{prefix}{os.urandom(16).hex()}"
