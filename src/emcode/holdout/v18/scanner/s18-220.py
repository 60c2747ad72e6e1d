import argparse
import os

import psycopg2


def adjust(sku, delta, reason):
    conn = psycopg2.connect(os.environ["INVENTORY_DSN"])
    with conn, conn.cursor() as cur:
        cur.execute("UPDATE stock SET qty = qty + %s WHERE sku = %s RETURNING qty", (delta, sku))
        row = cur.fetchone()
        log_sql = "INSERT INTO stock_log (sku, delta, reason) VALUES ('%s', %d, '%s')" % (sku, delta, reason)
        cur.execute(log_sql)
    return row[0] if row else None


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("sku")
    ap.add_argument("delta", type=int)
    ap.add_argument("--reason", default="manual")
    a = ap.parse_args()
    print("new qty:", adjust(a.sku, a.delta, a.reason))
