class UserRepo:
    def __init__(self, conn):
        self.conn = conn

    def update(self, user_id, **fields):
        sets = ", ".join(f"{k} = '{v}'" for k, v in fields.items())
        self.conn.execute(f"UPDATE users SET {sets} WHERE id = {user_id}")
        self.conn.commit()
