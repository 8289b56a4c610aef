"""End to end through the `briefbot` command line, as scripts outside the project use it (CONTRACT)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path


REPO = Path(__file__).resolve().parents[1]


def run(*args: str, db: Path | None = None, stdin: str | None = None, cwd: Path | None = None, env: dict | None = None):
    cmd = [sys.executable, "-m", "bot", *args]
    if db is not None:
        cmd += ["--db", str(db)]
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFBOT_", "SLACK_", "DISCORD_"))}
    full_env["PYTHONPATH"] = str(REPO)
    full_env.update(env or {})
    return subprocess.run(cmd, input=stdin, capture_output=True, text=True, cwd=cwd or REPO, env=full_env, timeout=300)


def test_ask_json_contract(seed_db, tmp_path):
    db = tmp_path / "copy.db"
    shutil.copy(seed_db, db)
    p = run("ask", "What did Reuters report?", "--json", db=db)
    assert p.returncode == 0, p.stderr
    lines = p.stdout.strip().splitlines()
    assert len(lines) == 1
    obj = json.loads(lines[0])
    assert obj["question"] == "What did Reuters report?"
    assert obj["found"] is True and obj["intent"] == "statements_by"
    ex = obj["excerpts"][0]
    assert ex["quote"].startswith("Reuters, citing four sources familiar with the matter, reported that")
    assert ex["attribution"] == "Reuters, citing four sources familiar with the matter"
    assert ex["article"]["title"] == "Israel seeks Russian cooperation to counter Turkish influence in Syria: reports"
    assert set(ex["article"]) >= {"id", "title", "outlet", "url", "published"}
    assert ex["paragraph"] == 12 and ex["sentence"] == 1
    assert "Reuters" in obj["answer"]


def test_ask_stdin_one_json_per_line(seed_db, tmp_path):
    db = tmp_path / "copy.db"
    shutil.copy(seed_db, db)
    p = run("ask", "-", "--json", db=db, stdin="Who is Roman Gofman?\nWhat is the capital of France?\n\nbrief me\n")
    assert p.returncode == 0, p.stderr
    objs = [json.loads(line) for line in p.stdout.splitlines()]
    assert [o["question"] for o in objs] == ["Who is Roman Gofman?", "What is the capital of France?", "", "brief me"]
    assert [o["found"] for o in objs] == [True, False, True, True]
    assert objs[1]["excerpts"] == [] and objs[1]["answer"]


def test_first_run_builds_index_from_seeds(tmp_path):
    p = run("ask", "Who is Aron Lund?", cwd=tmp_path, env={"PYTHONPATH": str(REPO)})
    assert p.returncode == 0, p.stderr
    assert (tmp_path / "briefbot.db").exists()
    assert "seed" in p.stderr.lower()
    assert "Aron Lund" in p.stdout and "Century International" in p.stdout


def test_env_db_setting(seed_db, tmp_path):
    db = tmp_path / "env.db"
    shutil.copy(seed_db, db)
    p = run("ask", "Who is Aron Lund?", "--json", env={"BRIEFBOT_DB": str(db)}, cwd=tmp_path)
    assert p.returncode == 0 and json.loads(p.stdout)["found"]
    assert not (tmp_path / "briefbot.db").exists()


def test_usage_errors_exit_2(tmp_path):
    assert run("ask", db=tmp_path / "x.db").returncode == 2
    assert run("frobnicate").returncode == 2
    assert run().returncode == 2
    assert run("ingest", db=tmp_path / "x.db").returncode == 2


def test_ingest_reports_each_input_and_keeps_the_good_ones(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("A headline about ports\n\nThe harbour authority said on Monday that shipping volumes rose sharply. "
                    "Officials expect further growth next year.\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    db = tmp_path / "i.db"
    p = run("ingest", str(good), str(empty), str(tmp_path / "missing.txt"), db=db)
    assert p.returncode == 1, p.stdout + p.stderr
    out = p.stdout.splitlines()
    assert any(line.startswith("added: ") and "good.txt" in line for line in out)
    assert any(line.startswith("failed: ") and "empty.txt" in line for line in out)
    assert any(line.startswith("failed: ") and "missing.txt" in line for line in out)
    again = run("ingest", str(good), db=db)
    assert again.returncode == 0
    assert any(line.startswith("unchanged: ") for line in again.stdout.splitlines())
    q = run("ask", "What did the harbour authority say?", "--json", db=db)
    assert json.loads(q.stdout)["found"]


def test_actors_and_sources_commands(seed_db, tmp_path):
    db = tmp_path / "copy.db"
    shutil.copy(seed_db, db)
    actors = run("actors", db=db)
    assert actors.returncode == 0 and "Roman Gofman" in actors.stdout and "Reuters" in actors.stdout
    articles = run("articles", db=db)
    assert articles.returncode == 0
    assert "Israel seeks Russian cooperation to counter Turkish influence in Syria: reports" in articles.stdout
    assert "[16 sentences" in articles.stdout
    sources = run("sources", db=db)
    assert sources.returncode == 0 and "four sources familiar with the matter" in sources.stdout


def test_not_an_index_is_a_clear_error(tmp_path):
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"this is not sqlite at all" * 100)
    p = run("ask", "hello", db=bogus)
    assert p.returncode == 1
    assert "briefbot:" in p.stderr and "Traceback" not in p.stderr
    assert bogus.read_bytes().startswith(b"this is not sqlite")


def test_console_reads_lines(seed_db, tmp_path):
    db = tmp_path / "copy.db"
    shutil.copy(seed_db, db)
    p = run("console", db=db, stdin="Who is Aron Lund?\nquit\nWho is Roman Gofman?\n")
    assert p.returncode == 0
    assert "Aron Lund" in p.stdout
    assert "Gofman" not in p.stdout.split("Aron Lund", 1)[1], "stops at quit"
