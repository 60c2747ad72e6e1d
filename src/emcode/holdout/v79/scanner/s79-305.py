import hashlib
import hmac
import os


def volunteer_pin_hash(pin, pepper: bytes):
    salt = os.urandom(16)
    peppered = hmac.new(pepper, pin.encode(), hashlib.sha256).digest()
    return salt, hashlib.pbkdf2_hmac("sha256", peppered, salt, 600_000)
