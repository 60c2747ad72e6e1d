import logging
import time

log = logging.getLogger("housekeeping.worker")


def run_cycle(queue):
    started = time.monotonic()
    done = 0
    while queue:
        room = queue.pop()
        room.mark_clean()
        done += 1
    log.info("cycle finished: %d rooms in %.1fs", done, time.monotonic() - started)
    return done
