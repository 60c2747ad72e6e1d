class StockRepo:
    def __init__(self, conn):
        self.conn = conn

    def update(self, item_id, fields):
        sets = []
        for k, v in fields.items():
            sets.append(f"{k} = '{v}'")
        sql = "UPDATE stock SET " + ", ".join(sets)
        sql += " WHERE id = " + str(item_id)
        self.conn.execute(sql)
