import logging
import time

import psycopg2

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("overdue")


def run():
    started = time.monotonic()
    with psycopg2.connect(dbname="lending") as conn, conn.cursor() as cur:
        cur.execute("UPDATE loans SET status = 'overdue' WHERE due_date < CURRENT_DATE AND status = 'out'")
        n = cur.rowcount
    log.info("marked %d loans overdue in %.2fs", n, time.monotonic() - started)


if __name__ == "__main__":
    run()
