import hashlib


def pin_digest(pin, salt=b"rx-counter-v1", rounds=100_000):
    return hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, rounds).hex()
