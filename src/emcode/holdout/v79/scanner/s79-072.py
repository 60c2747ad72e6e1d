class StockRepo:
    COLUMNS = {"name", "qty", "category", "expires"}

    def __init__(self, conn):
        self.conn = conn

    def update(self, item_id, fields):
        cols = [k for k in fields if k in self.COLUMNS]
        if not cols:
            return 0
        sql = "UPDATE stock SET " + ", ".join(f"{c} = ?" for c in cols)
        sql += " WHERE id = ?"
        params = [fields[c] for c in cols] + [item_id]
        return self.conn.execute(sql, params).rowcount
