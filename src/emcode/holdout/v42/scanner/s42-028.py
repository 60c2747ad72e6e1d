import bcrypt


class CoordinatorStore:
    def __init__(self):
        self._users = {}

    def set_password(self, user, password):
        self._users[user] = bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))

    def verify(self, user, password):
        stored = self._users.get(user)
        if stored is None:
            return False
        return bcrypt.checkpw(password.encode(), stored)
