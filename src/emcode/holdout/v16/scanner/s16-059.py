import hashlib
from dataclasses import dataclass


@dataclass
class User:
    username: str
    pw_hash: str = ""

    def set_password(self, raw: str) -> None:
        self.pw_hash = hashlib.pbkdf2_hmac("sha256", raw.encode(), self.username.encode(), 310000).hex()

    def check(self, raw: str) -> bool:
        import hmac
        cand = hashlib.pbkdf2_hmac("sha256", raw.encode(), self.username.encode(), 310000).hex()
        return hmac.compare_digest(cand, self.pw_hash)
