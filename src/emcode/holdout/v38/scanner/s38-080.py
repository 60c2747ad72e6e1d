import hashlib


def digest_pin(pin, salt="skipass"):
    h = hashlib.pbkdf2_hmac("sha512", pin.encode(), salt.encode(), 100_000)
    return h.hex()
