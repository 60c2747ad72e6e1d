import hashlib

_SALT = b"\x8a\x11registry\x00\x42"


def hash_api_password(password: str) -> str:
    return hashlib.scrypt(password.encode(), salt=_SALT, n=2**14, r=8, p=1).hex()
