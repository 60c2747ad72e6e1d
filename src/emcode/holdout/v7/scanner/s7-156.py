class ItemRepo:
    COLUMNS = {"name", "category", "warehouse"}

    def __init__(self, conn):
        self.conn = conn

    def find(self, **filters):
        unknown = set(filters) - self.COLUMNS
        if unknown:
            raise ValueError(f"unknown filter(s): {sorted(unknown)}")
        cols = sorted(filters)
        sql = "SELECT id, name, qty FROM items"
        if cols:
            sql += " WHERE " + " AND ".join(f"{c} = ?" for c in cols)
        return self.conn.execute(sql, [filters[c] for c in cols]).fetchall()
