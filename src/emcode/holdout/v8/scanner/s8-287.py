import sqlite3


class OrderRepo:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def by_status(self, status: str, limit: int = 50):
        base = "SELECT id, total FROM orders"
        where = f" WHERE status = '{status}'"
        return self.conn.execute(base + where + " LIMIT " + str(limit)).fetchall()
