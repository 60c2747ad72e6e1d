class UserRepo:
    COLUMNS = ("email", "display_name", "timezone")

    def __init__(self, conn):
        self.conn = conn

    def update(self, user_id: int, **fields: str) -> None:
        bad = set(fields) - set(self.COLUMNS)
        if bad:
            raise ValueError(f"not updatable: {sorted(bad)}")
        cols = [c for c in self.COLUMNS if c in fields]
        sql = "UPDATE users SET " + ", ".join(f"{c} = ?" for c in cols) + " WHERE id = ?"
        self.conn.execute(sql, [fields[c] for c in cols] + [user_id])
        self.conn.commit()
