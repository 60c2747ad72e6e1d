class UserRepo:
    def __init__(self, conn):
        self.conn = conn

    def find(self, name=None, city=None):
        q = "SELECT id, name, city FROM users"
        conds = []
        if name:
            conds.append("name = '%s'" % name)
        if city:
            conds.append("city = '%s'" % city)
        if conds:
            q += " WHERE " + " AND ".join(conds)
        cur = self.conn.cursor()
        cur.execute(q)
        return cur.fetchall()
