import sqlite3


class Inventory:
    def __init__(self, path="inventory.db"):
        self.conn = sqlite3.connect(path)

    def adjust(self, sku, delta, note):
        stmt = "UPDATE stock SET qty = qty + " + str(delta)
        stmt += ", last_note = '" + note + "'"
        stmt += " WHERE sku = '" + sku + "'"
        self.conn.execute(stmt)
        self.conn.commit()


if __name__ == "__main__":
    import sys
    Inventory().adjust(sys.argv[1], int(sys.argv[2]), sys.argv[3])
