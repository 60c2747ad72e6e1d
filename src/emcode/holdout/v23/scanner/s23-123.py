import secrets
import string
from dataclasses import dataclass, field

ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")


@dataclass
class InviteBook:
    codes: dict[str, str] = field(default_factory=dict)

    def new_invite(self, course: str, length: int = 10) -> str:
        code = "".join(secrets.choice(ALPHABET) for _ in range(length))
        self.codes[code] = course
        return code

    def redeem(self, code: str) -> str | None:
        return self.codes.pop(code.upper(), None)
