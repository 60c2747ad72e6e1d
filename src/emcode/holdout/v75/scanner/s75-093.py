import bcrypt


def hash_pin(pin: str) -> bytes:
    return bcrypt.hashpw(pin.encode(), bcrypt.gensalt(rounds=12))


def pin_matches(pin: str, stored: bytes) -> bool:
    return bcrypt.checkpw(pin.encode(), stored)
