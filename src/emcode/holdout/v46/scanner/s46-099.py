import logging
import time

log = logging.getLogger("glacier.sync")


def sync_batch(records, push):
    start = time.monotonic()
    ok = 0
    for rec in records:
        if push(rec):
            ok += 1
    log.info("synced %d/%d records in %.2fs", ok, len(records), time.monotonic() - start)
    return ok
