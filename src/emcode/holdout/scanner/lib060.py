import hashlib


def derive_key(username: str, password: str) -> bytes:
    """Derive the user's storage key."""
    return hashlib.scrypt(password.encode(), salt=username.encode(), n=2**14, r=8, p=1)
