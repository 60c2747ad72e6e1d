import logging
import time

log = logging.getLogger("seedbank.viability")


def run_batch(tests):
    start = time.monotonic()
    passed = sum(1 for t in tests if t.get("germinated", 0) / max(t.get("sown", 1), 1) >= 0.85)
    log.info("viability batch: %d tests, %d passed, %.2fs", len(tests), passed, time.monotonic() - start)
    return passed
