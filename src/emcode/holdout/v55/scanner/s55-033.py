import hashlib


def pin_hash(pin):
    return hashlib.sha256(b"cellar-pin-v1" + pin.encode()).hexdigest()
