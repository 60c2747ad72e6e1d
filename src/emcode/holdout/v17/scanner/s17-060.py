import hashlib


def make_hash(user_id: int, password: str) -> str:
    salt = str(user_id)
    return salt + "$" + hashlib.sha256((salt + password).encode()).hexdigest()
