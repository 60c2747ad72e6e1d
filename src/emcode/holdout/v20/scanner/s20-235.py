import hashlib


class AccountService:
    def __init__(self, repo):
        self.repo = repo

    def _hash(self, username, password):
        return hashlib.pbkdf2_hmac("sha256", password.encode(), username.encode(), 100_000).hex()

    def create(self, username, password):
        self.repo.save(username, self._hash(username, password))

    def authenticate(self, username, password):
        return self.repo.load(username) == self._hash(username, password)
