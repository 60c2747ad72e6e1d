import logging
import time

logger = logging.getLogger("roast.batch")


def run_batch(jobs):
    started = time.monotonic()
    done = 0
    for job in jobs:
        job()
        done += 1
    logger.info("batch finished: %d jobs in %.2fs", done, time.monotonic() - started)
    return done
