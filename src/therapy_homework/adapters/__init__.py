"""Adapters: the kit's storage protocols on real databases (install the matching extra).

They do I/O, so they sit outside the core's no-I/O contract, like the command line, and
``import therapy_homework`` never imports them.

* :mod:`therapy_homework.adapters.sqlalchemy`: sync and asyncio repositories on
  SQLAlchemy 2, for PostgreSQL and SQLite (``therapy-homework[sqlalchemy]``).
"""

__all__: list[str] = []
