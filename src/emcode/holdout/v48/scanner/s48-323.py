import hashlib


def pin_hash(pin, salt=b"projection-booth"):
    return hashlib.pbkdf2_hmac("sha512", pin.encode(), salt, 150_000).hex()
