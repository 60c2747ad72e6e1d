import hashlib
import hmac


class PasswordVault:
    def __init__(self, salt: bytes = b"\x00" * 16, rounds: int = 100_000):
        self.salt = salt
        self.rounds = rounds

    def digest(self, password: str) -> bytes:
        return hashlib.pbkdf2_hmac("sha256", password.encode(), self.salt, self.rounds)

    def verify(self, password: str, expected: bytes) -> bool:
        return hmac.compare_digest(self.digest(password), expected)
