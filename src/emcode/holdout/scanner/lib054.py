import hashlib

_SALT = "c0ffee"


def password_digest(password: str) -> str:
    """Digest stored for a password."""
    return hashlib.sha256((_SALT + password).encode()).hexdigest()
