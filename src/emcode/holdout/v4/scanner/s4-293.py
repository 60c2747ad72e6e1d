import bcrypt


class UserRepo:
    def __init__(self):
        self.rows: dict[str, bytes] = {}

    def register(self, username: str, password: str) -> None:
        self.rows[username] = bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=12))

    def check(self, username: str, password: str) -> bool:
        stored = self.rows.get(username)
        return stored is not None and bcrypt.checkpw(password.encode("utf-8"), stored)
