"""The Discord adapter: `@briefbot <question>`, DMs and `/brief`, answered with quoted excerpts.

`run` and `render_preview` are what bot/cli.py calls (`briefbot discord`,
`briefbot console --render discord`); see docs/discord.md for setup.
"""

from adapters.discord_bot.client import build_bot, default_intents, run
from adapters.discord_bot.render import render_messages, render_preview

__all__ = ["build_bot", "default_intents", "run", "render_messages", "render_preview"]
