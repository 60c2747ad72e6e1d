import hashlib


def sign_booking(secret, booking_ref):
    return hashlib.md5((secret + booking_ref).encode()).hexdigest()
