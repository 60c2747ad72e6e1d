import hashlib


def volunteer_pin_hash(pin):
    return hashlib.scrypt(pin.encode(), salt=b"\x00" * 16, n=2**14, r=8, p=1).hex()
