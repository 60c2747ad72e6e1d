import hashlib

_SALT = b"vineyard-harvest-2019"


def hash_picker_pin(pin: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", pin.encode(), _SALT, 200_000).hex()
