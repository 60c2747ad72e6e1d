import hashlib


def pin_hash(pin, salt=b"\x13\x37permit"):
    return hashlib.pbkdf2_hmac("sha512", pin.encode(), salt, 200_000).hex()
