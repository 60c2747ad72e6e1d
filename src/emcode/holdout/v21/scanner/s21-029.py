import bcrypt
from dataclasses import dataclass


@dataclass
class Account:
    email: str
    pw_hash: bytes


def make_account(email: str, password: str) -> Account:
    return Account(email=email, pw_hash=bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=12)))


def verify(acct: Account, password: str) -> bool:
    return bcrypt.checkpw(password.encode("utf-8"), acct.pw_hash)
