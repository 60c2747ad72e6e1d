import sqlite3


class ProductRepo:
    def __init__(self, path="shop.db"):
        self.conn = sqlite3.connect(path)

    def _where(self, field):
        if field not in ("name", "sku"):
            raise ValueError("unsupported field")
        return f"WHERE {field} LIKE ?"

    def search(self, term, field="name"):
        clause = self._where(field)
        sql = "SELECT id, name, price FROM products " + clause
        return self.conn.execute(sql, ("%" + term + "%",)).fetchall()
