"""Shared fixtures: a seed index and (when ../shared is there) a seed + BBC politics index,
each built once per test session, because building runs spaCy."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import Settings

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"


def corpus_path(*parts: str) -> Path:
    """A path under ../shared/corpus, or skip the test when the corpus is not beside the checkout."""
    path = CORPUS.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (the shared corpus lives beside the checkout only for developers and CI)")
    return path


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline, loaded once for every extraction test."""
    from bot.nlp import load_nlp
    return load_nlp()


@pytest.fixture(scope="session")
def raw_seed_paragraphs() -> list[str]:
    """The seed file as it is, page furniture and weather widget included: extraction must not trust ingest."""
    text = (REPO / "seeds" / "000_db2af9c64e6c0447.txt").read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings.load(env={}, dotenv=None)


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory, settings) -> Path:
    from bot.pipeline import ingest, seeds_dir
    db = tmp_path_factory.mktemp("seed") / "seed.db"
    outcomes = ingest([str(seeds_dir())], db, settings)
    assert [o.status for o in outcomes] == ["added"], outcomes
    return db


@pytest.fixture(scope="session")
def seed_engine(seed_db, settings):
    from bot.answer import Engine
    return Engine(seed_db, settings)


@pytest.fixture(scope="session")
def bbc_db(tmp_path_factory, settings) -> Path:
    """The seed plus the 417 BBC politics files (403 distinct articles)."""
    politics = corpus_path("bbc", "politics")
    from bot.pipeline import ingest, seeds_dir
    db = tmp_path_factory.mktemp("bbc") / "bbc.db"
    outcomes = ingest([str(seeds_dir()), str(politics)], db, settings)
    failed = [o for o in outcomes if o.status == "failed"]
    assert not failed, failed[:3]
    return db


@pytest.fixture(scope="session")
def bbc_engine(bbc_db, settings):
    from bot.answer import Engine
    return Engine(bbc_db, settings)
