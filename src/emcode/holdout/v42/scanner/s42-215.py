import hashlib


def hash_card_pin(pin, salt=b"\x13\x37fleet"):
    return hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, 100_000)
