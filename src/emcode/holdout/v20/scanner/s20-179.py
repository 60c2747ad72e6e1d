import bcrypt


class AccountService:
    def __init__(self, repo):
        self.repo = repo

    def create(self, username: str, password: str) -> None:
        hashed = bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=12))
        self.repo.save(username, hashed)

    def authenticate(self, username: str, password: str) -> bool:
        hashed = self.repo.load(username)
        return hashed is not None and bcrypt.checkpw(password.encode("utf-8"), hashed)
