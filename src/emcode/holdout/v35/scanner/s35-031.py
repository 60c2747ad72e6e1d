import hashlib


def pin_digest(pin):
    return hashlib.sha256(pin.encode()).hexdigest()


def check_pin(pin, stored):
    return pin_digest(pin) == stored
