import bcrypt


class UserStore:
    def __init__(self):
        self.users = {}

    def add(self, name: str, password: str) -> None:
        self.users[name] = bcrypt.hashpw(password.encode(), bcrypt.gensalt())

    def login(self, name: str, password: str) -> bool:
        stored = self.users.get(name)
        if stored is None:
            return False
        return bcrypt.checkpw(password.enc