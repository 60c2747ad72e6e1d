import hashlib


def hash_clinician_pin(email, pin):
    return hashlib.scrypt(pin.encode(), salt=email.encode(), n=2**14, r=8, p=1).hex()
