import sqlite3


class ProductRepo:
    def __init__(self, path="shop.db"):
        self.conn = sqlite3.connect(path)

    def _where(self, field, value):
        return "WHERE {} LIKE '%{}%'".format(field, value)

    def search(self, term):
        clause = self._where("name", term)
        sql = "SELECT id, name, price FROM products " + clause
        return self.conn.execute(sql).fetchall()


if __name__ == "__main__":
    import sys
    for row in ProductRepo().search(sys.argv[1]):
        print(*row)
