import hashlib


def pin_digest(pin):
    return hashlib.sha256(pin.encode("utf-8")).hexdigest()


def pin_matches(pin, stored):
    return pin_digest(pin) == stored
