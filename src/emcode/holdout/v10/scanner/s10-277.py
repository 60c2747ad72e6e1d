class UserRepo:
    def __init__(self, conn):
        self.conn = conn

    def find(self, name=None, city=None):
        q = "SELECT id, name, city FROM users"
        conds, vals = [], []
        if name:
            conds.append("name = %s")
            vals.append(name)
        if city:
            conds.append("city = %s")
            vals.append(city)
        if conds:
            q += " WHERE " + " AND ".join(conds)
        cur = self.conn.cursor()
        cur.execute(q, vals)
        return cur.fetchall()
