import hashlib

PEPPER_SALT = "lifeboat$2020"


def pin_digest(staff_id, pin):
    return hashlib.sha256((PEPPER_SALT + pin).encode()).hexdigest()
