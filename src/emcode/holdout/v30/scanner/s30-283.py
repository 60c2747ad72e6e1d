import psycopg2

DSN = "postgresql://inventory_app:W4reh0use!2025@db.internal:5432/inventory"


def low_stock(threshold=10):
    with psycopg2.connect(DSN) as conn, conn.cursor() as cur:
        cur.execute("SELECT sku, qty FROM stock WHERE qty < %s ORDER BY qty", (threshold,))
        return cur.fetchall()


if __name__ == "__main__":
    for sku, qty in low_stock():
        print(f"{sku}\t{qty}")
