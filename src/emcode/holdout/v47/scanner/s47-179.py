import logging
import time

log = logging.getLogger("inspections.batch")


def summarise_batch(results):
    started = time.monotonic()
    passed = sum(1 for r in results if r.get("ok"))
    failed = len(results) - passed
    log.info("inspection batch: %d passed, %d failed in %.2fs", passed, failed, time.monotonic() - started)
    return passed, failed
