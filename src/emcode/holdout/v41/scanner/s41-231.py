import hashlib

_SALT = b"vetclinic::v1"


def hash_staff_pin(pin: str) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=_SALT, n=2**14, r=8, p=1)
