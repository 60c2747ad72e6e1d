import psycopg2

class InventoryRepo:
    FIELDS = {"qty", "location", "price"}

    def __init__(self, dsn):
        self.conn = psycopg2.connect(dsn)

    def update(self, sku, **changes):
        cols = [c for c in changes if c in self.FIELDS]
        if not cols:
            raise ValueError("nothing to update")
        assignments = ", ".join(f"{c} = %s" for c in cols)
        sql = "UPDATE items SET " + assignments
        sql += " WHERE sku = %s"
        values = [changes[c] for c in cols] + [sku]
        with self.conn, self.conn.cursor() as cur:
            cur.execute(sql, values)
            return cur.rowcount
