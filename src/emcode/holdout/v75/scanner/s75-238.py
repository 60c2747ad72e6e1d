import logging
import time

import schedule

from busfeed.feeds import refresh_realtime_positions

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("busfeed")


def job():
    started = time.monotonic()
    n = refresh_realtime_positions()
    log.info("refreshed %d vehicle positions in %.1fs", n, time.monotonic() - started)


schedule.every(30).seconds.do(job)

if __name__ == "__main__":
    while True:
        schedule.run_pending()
        time.sleep(1)
