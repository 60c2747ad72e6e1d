import hashlib
import os


def hash_staff_pin(pin: str) -> tuple[bytes, bytes]:
    salt = os.urandom(16)
    return salt, hashlib.scrypt(pin.encode(), salt=salt, n=2**14, r=8, p=1)
