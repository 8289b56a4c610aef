"""One settings object, read from the environment and `.env`; nothing else reads os.environ."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Mapping

from dotenv import dotenv_values


def _bool(value: str | None, default: bool = False) -> bool:
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value not in (None, "") else default
    except ValueError:
        return default


@dataclass(frozen=True)
class Settings:
    """Every knob the bot has. Secrets are kept out of repr so they never reach a log."""

    db: Path = Path("briefbot.db")
    log_level: str = "INFO"
    # ingest
    fetch_timeout: float = 15.0
    fetch_max_bytes: int = 5_000_000
    max_question_chars: int = 2000
    # slack
    slack_bot_token: str | None = None
    slack_signing_secret: str | None = None
    slack_app_token: str | None = None
    slack_api_url: str = "https://slack.com/api/"
    slack_port: int = 3000
    slack_in_channel: bool = False
    # discord
    discord_token: str | None = None
    discord_sharded: bool = False
    discord_guild_id: int | None = None

    def __repr__(self) -> str:  # never print secrets
        shown = []
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name.endswith(("token", "secret")) and value:
                value = "***"
            shown.append(f"{f.name}={value!r}")
        return f"Settings({', '.join(shown)})"

    @classmethod
    def load(cls, env: Mapping[str, str] | None = None, dotenv: Path | None = Path(".env")) -> "Settings":
        """Real environment wins over `.env`; `.env` wins over defaults."""
        merged: dict[str, str] = {}
        if dotenv is not None and dotenv.is_file():
            merged.update({k: v for k, v in dotenv_values(dotenv).items() if v is not None})
        merged.update(os.environ if env is None else env)
        g = merged.get
        guild = g("DISCORD_GUILD_ID")
        return cls(
            db=Path(g("BRIEFBOT_DB") or "briefbot.db"),
            log_level=(g("BRIEFBOT_LOG_LEVEL") or "INFO").upper(),
            fetch_timeout=float(g("BRIEFBOT_FETCH_TIMEOUT") or 15.0),
            fetch_max_bytes=_int(g("BRIEFBOT_FETCH_MAX_BYTES"), 5_000_000),
            max_question_chars=_int(g("BRIEFBOT_MAX_QUESTION_CHARS"), 2000),
            slack_bot_token=g("SLACK_BOT_TOKEN") or None,
            slack_signing_secret=g("SLACK_SIGNING_SECRET") or None,
            slack_app_token=g("SLACK_APP_TOKEN") or None,
            slack_api_url=g("SLACK_API_URL") or "https://slack.com/api/",
            slack_port=_int(g("BRIEFBOT_SLACK_PORT") or g("PORT"), 3000),
            slack_in_channel=_bool(g("BRIEFBOT_SLACK_IN_CHANNEL")),
            discord_token=g("DISCORD_TOKEN") or None,
            discord_sharded=_bool(g("BRIEFBOT_DISCORD_SHARDED")),
            discord_guild_id=int(guild) if guild and guild.isdigit() else None,
        )
