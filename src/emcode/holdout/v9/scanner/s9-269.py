class UserRepo:
    def __init__(self, conn):
        self.conn = conn

    def rename(self, user_id, new_name):
        cur = self.conn.cursor()
        cur.execute("UPDATE users SET name = '%s' WHERE id = %s" % (new_name, user_id))
        self.conn.commit()
