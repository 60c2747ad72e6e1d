import logging
import sqlite3

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("nightly")


def main():
    with sqlite3.connect("fleet.db") as db:
        low = db.execute("SELECT count(*) FROM scooters WHERE battery < 20").fetchone()[0]
        total = db.execute("SELECT count(*) FROM scooters").fetchone()[0]
    log.info("nightly check: %d of %d scooters below 20%% battery", low, total)


if __name__ == "__main__":
    main()
