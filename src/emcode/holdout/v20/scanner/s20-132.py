import argparse
import sqlite3


def adjust_stock(db, item, delta):
    set_part = "SET qty = qty + %d" % delta
    stmt = "UPDATE stock " + set_part + " WHERE item = '%s'" % item
    conn = sqlite3.connect(db)
    conn.execute(stmt)
    conn.commit()
    conn.close()


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("item")
    ap.add_argument("delta", type=int)
    ap.add_argument("--db", default="stock.db")
    a = ap.parse_args()
    adjust_stock(a.db, a.item, a.delta)
    print("updated", a.item)
