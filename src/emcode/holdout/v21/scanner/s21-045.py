import hashlib
from dataclasses import dataclass


@dataclass
class Account:
    email: str
    pw_digest: str


PEPPER = "s3cr3t-pepper"


def make_account(email: str, password: str) -> Account:
    h = hashlib.sha1()
    h.update((password + PEPPER).encode("utf-8"))
    return Account(email=email, pw_digest=h.hexdigest())


def verify(acct: Account, password: str) -> bool:
    return make_account(acct.email, password).pw_digest == acct.pw_digest
