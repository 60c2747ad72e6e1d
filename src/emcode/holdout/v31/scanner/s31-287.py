import hashlib


def hash_pin(pin):
    return hashlib.md5(pin.encode()).hexdigest()


def check_pin(pin, stored):
    return hash_pin(pin) == stored
