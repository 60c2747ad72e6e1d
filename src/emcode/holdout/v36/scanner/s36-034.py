import sqlite3
from dataclasses import dataclass


@dataclass
class OrderFilter:
    truck: str | None = None
    status: str | None = None
    since: str | None = None


class OrderRepo:
    def __init__(self, path="orders.db"):
        self.conn = sqlite3.connect(path)
        self.conn.row_factory = sqlite3.Row

    def search(self, f: OrderFilter, limit=50):
        sql = "SELECT id, truck, status, placed_at FROM orders WHERE 1 = 1"
        args = {}
        if f.truck:
            sql += " AND truck = :truck"
            args["truck"] = f.truck
        if f.status:
            sql += " AND status = :status"
            args["status"] = f.status
        if f.since:
            sql += " AND placed_at >= :since"
            args["since"] = f.since
        sql += " ORDER BY placed_at DESC LIMIT :limit"
        args["limit"] = int(limit)
        return [dict(r) for r in self.conn.execute(sql, args)]


if __name__ == "__main__":
    import sys
    repo = OrderRepo()
    for row in repo.search(OrderFilter(truck=sys.argv[1] if len(sys.argv) > 1 else None)):
        print(row)
