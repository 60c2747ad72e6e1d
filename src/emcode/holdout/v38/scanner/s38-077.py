import logging
import sqlite3
import sys

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("restock")


def main():
    threshold = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    with sqlite3.connect("brewery.db") as conn:
        low = conn.execute("SELECT id, qty FROM ingredients WHERE qty < ?", (threshold,)).fetchall()
    log.info("%d ingredients below threshold %d", len(low), threshold)
    for ing_id, qty in low:
        log.info("ingredient id=%d qty=%d", ing_id, qty)


if __name__ == "__main__":
    main()
