import bcrypt

class UserStore:
    def __init__(self) -> None:
        self._users: dict[str, bytes] = {}

    def add(self, name: str, password: str) -> None:
        self._users[name] = bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))

    def verify(self, name: str, password: str) -> bool:
        stored = self._users.get(name)
        return stored is not None and bcrypt.checkpw(password.encode(), stored)
