import hashlib
import hmac
import os


def hash_pin(pin):
    salt = os.urandom(16)
    dk = hashlib.scrypt(pin.encode(), salt=salt, n=2**14, r=8, p=1)
    return salt.hex() + ":" + dk.hex()


def check_pin(pin, stored):
    salt_hex, dk_hex = stored.split(":")
    dk = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt_hex), n=2**14, r=8, p=1)
    return hmac.compare_digest(dk.hex(), dk_hex)
