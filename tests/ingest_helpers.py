"""Shared pieces for the ingest tests: corpus location and tiny local HTTP servers."""

from __future__ import annotations

import socket
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"
SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_db2af9c64e6c0447.txt"


@dataclass
class Route:
    body: bytes
    content_type: str | None = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    send_length: bool = True      # False: no Content-Length, the body ends when the socket closes


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, Route] = {}
    seen_agents: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self.seen_agents.append(self.headers.get("User-Agent", ""))
        route = self.routes.get(self.path)
        if route is None:
            route = Route(b"<html><body>nothing here</body></html>", status=404)
        self.send_response(route.status)
        if route.content_type:
            self.send_header("Content-Type", route.content_type)
        for k, v in route.headers.items():
            self.send_header(k, v)
        if route.send_length:
            self.send_header("Content-Length", str(len(route.body)))
        else:
            self.close_connection = True
        self.end_headers()
        try:
            self.wfile.write(route.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading at its size cap, as it should

    def log_message(self, *args) -> None:  # keep test output clean
        pass


@dataclass
class LocalServer:
    base: str
    agents: list[str]


@contextmanager
def serve(routes: dict[str, Route]) -> Iterator[LocalServer]:
    """An http.server on 127.0.0.1 in a thread, answering `routes` by path."""
    handler = type("Handler", (_Handler,), {"routes": routes, "seen_agents": []})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield LocalServer(f"http://127.0.0.1:{server.server_address[1]}", handler.seen_agents)
    finally:
        server.shutdown()
        server.server_close()


def refused_port() -> int:
    """A port nothing listens on: bound, then closed, so connecting is refused."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


@contextmanager
def silent_server() -> Iterator[str]:
    """A server that accepts TCP connections (kernel backlog) and never says a word."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(8)
    try:
        yield f"http://127.0.0.1:{s.getsockname()[1]}/slow"
    finally:
        s.close()


ARTICLE_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Harbour council approves £40m sea wall | The Coastal Courier</title>
  <meta property="og:site_name" content="The Coastal Courier">
  <meta property="og:title" content="Harbour council approves £40m sea wall">
  <meta name="author" content="Mara Lindqvist">
  <meta property="article:published_time" content="2024-03-18T09:30:00+00:00">
  <link rel="canonical" href="https://courier.example.com/news/harbour-sea-wall">
</head>
<body>
  <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
  <main>
    <article>
      <h1>Harbour council approves £40m sea wall</h1>
      <p class="byline">By Mara Lindqvist</p>
      <p>The harbour council voted on Monday to build a £40m sea wall along the eastern quay, ending two years of argument over how to protect the old town from winter storms.</p>
      <p>“We have waited long enough, and the sea will not wait for us,” said the council leader, Tomas Berg, after the vote passed by nine votes to four.</p>
      <p>Opponents said the wall would cut the town off from the water. Fishermen’s union spokesperson Ines Caro told the meeting that the design ignored the needs of small boats.</p>
      <p>Engineers expect construction to begin in the autumn and to take about three years, according to a report presented to councillors.</p>
    </article>
    <aside><h2>Most read</h2><ul><li><a href="/a">Ferry timetable changes</a></li><li><a href="/b">Lifeboat crew honoured</a></li></ul></aside>
  </main>
  <footer><p>© 2024 The Coastal Courier. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body>
</html>
"""
