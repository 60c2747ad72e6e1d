import hashlib


def hash_pin(pin):
    return hashlib.md5(pin.encode("utf-8")).hexdigest()


def verify_pin(pin, stored):
    return hash_pin(pin) == stored
