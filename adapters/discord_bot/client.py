"""discord.py wiring: a mention, DM or `/brief` in; Engine.ask off the event loop; rendered replies out.

Thin on purpose: what a reply says is decided by the engine and `render`; this module
only decides *whether* to answer, keeps the gateway responsive while the engine works,
and makes sure nothing sent can ping anyone.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from typing import AsyncIterator, Protocol

import discord
from discord import app_commands
from discord.ext import commands

from adapters.discord_bot import render
from bot.model import Answer
from bot.settings import Settings

log = logging.getLogger(__name__)

NO_MENTIONS = discord.AllowedMentions.none()
# The only message types that are people talking; joins, pins, boosts etc. are ignored.
_CHAT_TYPES = frozenset({discord.MessageType.default, discord.MessageType.reply})


class AnswerEngine(Protocol):
    def ask(self, question: str) -> Answer: ...


def default_intents() -> discord.Intents:
    """The least the bot needs.

    guilds: channel and permission cache, so replies and the typing indicator work.
    guild_messages / dm_messages: MESSAGE_CREATE events in servers and in DMs.
    message_content is NOT requested (it is privileged): Discord still delivers the
    content of messages that mention the bot and of DMs to it, which are the only ones
    it answers. Slash commands arrive as interactions, which need no intent.
    """
    intents = discord.Intents.none()
    intents.guilds = True
    intents.guild_messages = True
    intents.dm_messages = True
    return intents


class _BriefMixin:
    """Shared by the plain and the auto-sharded bot; the two differ only in their base class."""

    settings: Settings
    engine: AnswerEngine

    def _setup_brief(self, settings: Settings, engine: AnswerEngine) -> None:
        self.settings = settings
        self.engine = engine
        self.tree.add_command(_brief_command(self))  # type: ignore[attr-defined]

    async def setup_hook(self) -> None:
        """Register `/brief` with Discord: instantly in DISCORD_GUILD_ID if set, else globally."""
        tree: app_commands.CommandTree = self.tree  # type: ignore[attr-defined]
        try:
            if self.settings.discord_guild_id:
                guild = discord.Object(id=self.settings.discord_guild_id)
                tree.copy_global_to(guild=guild)
                synced = await tree.sync(guild=guild)
                log.info("synced %d application command(s) to guild %s", len(synced), guild.id)
            else:
                synced = await tree.sync()
                log.info("synced %d global application command(s)", len(synced))
        except discord.HTTPException:
            # Mentions and DMs still work; only /brief is missing until the next start.
            log.exception("could not register the /brief command with Discord")

    async def on_ready(self) -> None:
        user = self.user  # type: ignore[attr-defined]
        log.info("connected to Discord as %s (id %s) in %d server(s)",
                 user, getattr(user, "id", "?"), len(self.guilds))  # type: ignore[attr-defined]

    # -- mentions and DMs -------------------------------------------------------------

    async def on_message(self, message: discord.Message) -> None:
        question = self.question_in(message)
        if question is None:
            return
        reference = message.to_reference(fail_if_not_exists=False)
        async with _typing(message.channel):
            replies = await self.replies_for(question)
        for text in replies:
            try:
                await message.channel.send(text, reference=reference, mention_author=False,
                                           allowed_mentions=NO_MENTIONS, suppress_embeds=True)
            except discord.HTTPException as exc:
                log.warning("could not reply in channel %s: %s", message.channel.id, exc)
                return

    def question_in(self, message: discord.Message) -> str | None:
        """The question a message asks the bot, or None when the message is not for it.

        Answers DMs from people, and server messages that mention the bot itself by
        `<@id>`/`<@!id>`. Not @everyone/@here, not a role the bot has, not a reply
        that merely pings it, never a bot (itself included) or a webhook.
        """
        me = self.user  # type: ignore[attr-defined]
        if me is None or message.author.bot or message.author.id == me.id or message.webhook_id:
            return None
        if message.type not in _CHAT_TYPES:
            return None
        own_mention = re.compile(rf"<@!?{me.id}>")
        in_dm = isinstance(message.channel, discord.DMChannel)
        mentioned = own_mention.search(message.content) is not None and any(u.id == me.id for u in message.mentions)
        if not (in_dm or mentioned):
            return None
        return " ".join(own_mention.sub(" ", message.content).split())

    # -- the slash command ------------------------------------------------------------

    async def answer_interaction(self, interaction: discord.Interaction, question: str, private: bool) -> None:
        """Defer first (Discord allows 3 seconds), then send the answer as follow-ups."""
        try:
            await interaction.response.defer(ephemeral=private, thinking=True)
        except discord.HTTPException as exc:
            log.warning("could not defer interaction %s: %s", interaction.id, exc)
            return
        replies = await self.replies_for(" ".join(question.split()))
        for text in replies:
            try:
                await interaction.followup.send(text, ephemeral=private, allowed_mentions=NO_MENTIONS,
                                                suppress_embeds=True)
            except discord.HTTPException as exc:
                log.warning("could not send follow-up for interaction %s: %s", interaction.id, exc)
                return

    # -- shared -----------------------------------------------------------------------

    async def replies_for(self, question: str) -> list[str]:
        """Message texts answering `question`; never raises (an error is a polite reply)."""
        if not question:
            return render.render_text_reply(render.HELP_REPLY)
        limit = self.settings.max_question_chars
        if len(question) > limit:
            return render.render_text_reply(render.too_long_reply(limit))
        try:
            # The engine is synchronous and may take a while: a worker thread keeps the
            # gateway heartbeat and every other conversation going meanwhile.
            answer = await asyncio.to_thread(self.engine.ask, question)
            messages = render.render_messages(answer)
        except Exception:
            log.exception("answering failed (question of %d chars)", len(question))
            return render.render_text_reply(render.ERROR_REPLY)
        log.info("answered: intent=%s found=%s excerpts=%d messages=%d",
                 answer.intent, answer.found, len(answer.excerpts), len(messages))
        return messages


class BriefBot(_BriefMixin, commands.Bot):
    pass


class ShardedBriefBot(_BriefMixin, commands.AutoShardedBot):
    pass


def _brief_command(bot: _BriefMixin) -> app_commands.Command:
    @app_commands.command(name="brief", description="Ask the news briefing a question")
    @app_commands.describe(question="What you want to know, e.g. What did Reuters report?",
                           private="Show the answer only to you")
    async def brief(interaction: discord.Interaction, question: str, private: bool = False) -> None:
        await bot.answer_interaction(interaction, question, private)

    return brief


@contextlib.asynccontextmanager
async def _typing(channel: discord.abc.Messageable) -> AsyncIterator[None]:
    """The typing indicator, best effort: failing to show it must not stop the answer."""
    indicator = channel.typing()
    try:
        await indicator.__aenter__()
    except (discord.HTTPException, OSError) as exc:
        log.debug("typing indicator unavailable: %s", exc)
        yield
        return
    try:
        yield
    finally:
        await indicator.__aexit__(None, None, None)


def build_bot(settings: Settings, engine: AnswerEngine,
              intents: discord.Intents | None = None) -> BriefBot | ShardedBriefBot:
    """The configured bot, not yet connected; `settings.discord_sharded` picks AutoShardedBot."""
    cls = ShardedBriefBot if settings.discord_sharded else BriefBot
    # briefbot never joins voice: spare every start the "PyNaCl/davey is not installed" warnings.
    discord.VoiceClient.warn_nacl = False
    discord.VoiceClient.warn_dave = False
    bot = cls(
        command_prefix=commands.when_mentioned,  # unused: no prefix commands are registered
        help_command=None,
        intents=intents or default_intents(),
        allowed_mentions=NO_MENTIONS,
        chunk_guilds_at_startup=False,
    )
    bot._setup_brief(settings, engine)
    return bot


def run(settings: Settings, engine: AnswerEngine) -> None:
    """Connect and answer until interrupted; a missing or rejected token is a one-line error."""
    if not settings.discord_token:
        raise SystemExit("briefbot: DISCORD_TOKEN is not set (environment or .env); see docs/discord.md")
    bot = build_bot(settings, engine)
    if not logging.getLogger().handlers:
        discord.utils.setup_logging(level=getattr(logging, settings.log_level, logging.INFO))
    try:
        bot.run(settings.discord_token, log_handler=None)
    except discord.LoginFailure:
        raise SystemExit("briefbot: Discord rejected DISCORD_TOKEN; copy the bot token again "
                         "from the Developer Portal (Bot page)") from None
    except discord.PrivilegedIntentsRequired:
        raise SystemExit("briefbot: Discord refused a privileged intent; see docs/discord.md") from None
