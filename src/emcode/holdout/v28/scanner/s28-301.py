import hashlib

_SALT = b"hotel-booking-2019"


def hash_guest_password(password):
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), _SALT, 310_000).hex()


def check_guest_password(password, stored):
    return hash_guest_password(password) == stored
