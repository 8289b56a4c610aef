"""briefbot core: ingest -> extract -> index -> answer -> render.

Nothing in this package imports a chat platform library; adapters/ does that.
"""

__version__ = "0.1.0"
