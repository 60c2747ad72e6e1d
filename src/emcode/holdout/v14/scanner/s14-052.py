import pymysql


class InventoryRepo:
    def __init__(self):
        self.db = pymysql.connect(host="localhost", user="inv", database="inventory")

    def adjust(self, sku, delta):
        parts = ["UPDATE stock SET qty = qty + ", str(int(delta)), " WHERE sku = '", sku, "'"]
        query = "".join(parts)
        with self.db.cursor() as cur:
            cur.execute(query)
        self.db.commit()

    def lookup(self, sku):
        with self.db.cursor() as cur:
            cur.execute("SELECT qty FROM stock WHERE sku = %s", (sku,))
            row = cur.fetchone()
        return row[0] if row else 0
