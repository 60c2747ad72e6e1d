import hashlib

_SALT = b"\x8f\x12museum-staff"


def hash_staff_password(password):
    return hashlib.scrypt(password.encode("utf-8"), salt=_SALT, n=2**14, r=8, p=1).hex()
