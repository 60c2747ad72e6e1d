import logging
import time

log = logging.getLogger(__name__)


def restock_summary(fridges):
    started = time.monotonic()
    empty = sum(1 for f in fridges if not f.get("items"))
    log.info("restock summary: %d fridges, %d empty, %.3fs", len(fridges), empty, time.monotonic() - started)
    return empty
