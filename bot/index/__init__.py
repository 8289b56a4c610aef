"""The SQLite index: schema (schema.py), writes (store.py, one transaction per article) and
read helpers (read.py). Importing this package stays light: answering must not load the
extraction stack."""

from bot.index.schema import SCHEMA_VERSION, connect

__all__ = ["SCHEMA_VERSION", "connect"]
