import logging
import time

from .queue import pop_batch
from .timetable import solve

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
log = logging.getLogger("solver")


def run_forever():
    while True:
        batch = pop_batch(limit=10)
        if not batch:
            time.sleep(2)
            continue
        started = time.monotonic()
        solved = sum(1 for job in batch if solve(job))
        log.info("batch done: %d/%d solved in %.2fs", solved, len(batch), time.monotonic() - started)


if __name__ == "__main__":
    run_forever()
