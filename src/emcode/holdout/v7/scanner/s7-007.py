import bcrypt


class Credentials:
    def __init__(self, rounds: int = 12):
        self.rounds = rounds

    def digest(self, pw: str) -> bytes:
        return bcrypt.hashpw(pw.encode(), bcrypt.gensalt(self.rounds))

    def verify(self, pw: str, hashed: bytes) -> bool:
        return bcrypt.checkpw(pw.encode(), hashed)
