import bcrypt


def password_digest(password: str) -> bytes:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=12))


def check(password: str, digest: bytes) -> bool:
    return bcrypt.checkpw(password.encode("utf-8"), digest)
