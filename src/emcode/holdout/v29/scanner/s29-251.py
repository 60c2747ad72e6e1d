import hashlib
import hmac

SALT = bytes.fromhex("a3f1c2d4e5b60718")


def hash_pin(pin):
    return hashlib.scrypt(pin.encode(), salt=SALT, n=2**14, r=8, p=1).hex()


def check_pin(pin, stored):
    return hmac.compare_digest(hash_pin(pin), stored)
