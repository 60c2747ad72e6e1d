import sqlite3


class Inventory:
    def __init__(self, path: str = "inventory.db") -> None:
        self.conn = sqlite3.connect(path)

    def adjust(self, sku: str, delta: int, note: str) -> None:
        stmt = "UPDATE stock SET qty = qty + ?"
        stmt += ", last_note = ?"
        stmt += " WHERE sku = ?"
        self.conn.execute(stmt, (int(delta), note, sku))
        self.conn.commit()
