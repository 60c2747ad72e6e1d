import hashlib


def sign_rsvp(secret, guest_id):
    return hashlib.md5((secret + str(guest_id)).encode()).hexdigest()


def check_rsvp(secret, guest_id, sig):
    return sign_rsvp(secret, guest_id) == sig
