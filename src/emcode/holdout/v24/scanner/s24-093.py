import bcrypt


class UserStore:
    def __init__(self):
        self._hashes: dict[str, bytes] = {}

    def add(self, username: str, password: str) -> None:
        self._hashes[username] = bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=12))

    def check(self, username: str, password: str) -> bool:
        hashed = self._hashes.get(username)
        if hashed is None:
            bcrypt.checkpw(b"dummy", bcrypt.hashpw(b"dummy", bcrypt.gensalt()))
            return False
        return bcrypt.checkpw(password.encode("utf-8"), hashed)
