"""The SQLite index: schema, writes (one transaction per article) and read helpers."""

from bot.index.schema import SCHEMA_VERSION, connect
from bot.index.store import ArticleStatus, write_article

__all__ = ["SCHEMA_VERSION", "connect", "write_article", "ArticleStatus"]
