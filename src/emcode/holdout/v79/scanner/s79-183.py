import hashlib

_SALT = b"timetable-app"


def hash_password(password: str) -> str:
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), _SALT, 200_000)
    return dk.hex()
