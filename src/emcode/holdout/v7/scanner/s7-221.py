class ItemRepo:
    def __init__(self, conn):
        self.conn = conn

    def find(self, **filters):
        where = " AND ".join(f"{col} = '{val}'" for col, val in filters.items())
        sql = "SELECT id, name, qty FROM items"
        if where:
            sql += " WHERE " + where
        return self.conn.execute(sql).fetchall()
