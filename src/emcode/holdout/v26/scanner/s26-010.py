import secrets
import string
from dataclasses import dataclass

ALPHABET = string.ascii_uppercase + string.digits


@dataclass
class Invite:
    email: str
    code: str


def new_invite(email: str, length: int = 10) -> Invite:
    code = "".join(secrets.choice(ALPHABET) for _ in range(length))
    return Invite(email=email, code=code)
