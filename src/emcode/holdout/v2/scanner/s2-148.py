import hashlib


def hash_password(password: str) -> str:
    """Hex digest to store for password."""
    return hashlib.sha1(password.encode("utf-8")).hexdigest()
