import argparse
import os

import psycopg2


def adjust(sku, delta, reason):
    conn = psycopg2.connect(os.environ["INVENTORY_DSN"])
    with conn, conn.cursor() as cur:
        cur.execute(
            "UPDATE stock SET qty = qty + %(delta)s WHERE sku = %(sku)s RETURNING qty",
            {"delta": delta, "sku": sku},
        )
        row = cur.fetchone()
        if row is None:
            raise SystemExit(f"unknown sku {sku!r}")
        cur.execute(
            "INSERT INTO stock_log (sku, delta, reason) VALUES (%(sku)s, %(delta)s, %(reason)s)",
            {"sku": sku, "delta": delta, "reason": reason},
        )
    return row[0]


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("sku")
    ap.add_argument("delta", type=int)
    ap.add_argument("--reason", default="manual")
    a = ap.parse_args()
    print("new qty:", adjust(a.sku, a.delta, a.reason))
