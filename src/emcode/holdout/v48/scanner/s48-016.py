import bcrypt


class MemberStore:
    def __init__(self):
        self._hashes = {}

    def set_password(self, member, password):
        self._hashes[member] = bcrypt.hashpw(password.encode(), bcrypt.gensalt())

    def check(self, member, password):
        stored = self._hashes.get(member)
        return stored is not None and bcrypt.checkpw(password.encode(), stored)
