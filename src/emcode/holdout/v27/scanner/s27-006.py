import bcrypt


def hash_pin(pin: str) -> bytes:
    return bcrypt.hashpw(pin.encode(), bcrypt.gensalt(rounds=12))


def check_pin(pin: str, stored: bytes) -> bool:
    return bcrypt.checkpw(pin.encode(), stored)
