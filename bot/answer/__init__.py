"""The answer engine: a question in, an Answer (bot.model) out. Every adapter calls only this."""

from bot.answer.engine import Engine

__all__ = ["Engine"]
