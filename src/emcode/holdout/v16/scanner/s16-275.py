import secrets
import time
from dataclasses import dataclass, field


@dataclass
class OtpService:
    ttl: int = 300
    codes: dict = field(default_factory=dict)

    def issue(self, user: str) -> str:
        code = f"{secrets.randbelow(10**6):06d}"
        self.codes[user] = (code, time.time() + self.ttl)
        return code

    def verify(self, user: str, code: str) -> bool:
        saved, exp = self.codes.pop(user, (None, 0))
        return saved is not None and time.time() < exp and secr