import logging
import sqlite3
import sys

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("reorder")


def main(db_path: str) -> int:
    conn = sqlite3.connect(db_path)
    rows = conn.execute("SELECT id, sku, qty, reorder_at FROM stock WHERE qty <= reorder_at").fetchall()
    log.info("found %d items at or below reorder level", len(rows))
    for item_id, sku, qty, level in rows:
        conn.execute("INSERT INTO purchase_requests (stock_id, qty) VALUES (?, ?)", (item_id, level * 2 - qty))
        log.info("requested restock for stock id %d", item_id)
    conn.commit()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "warehouse.sqlite"))
