import sqlite3


class OrderRepo:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def by_status(self, status: str, limit: int = 50) -> list[tuple]:
        sql = "SELECT id, total FROM orders"
        sql += " WHERE status = ?"
        sql += " LIMIT ?"
        return self.conn.execute(sql, (status, int(limit))).fetchall()
