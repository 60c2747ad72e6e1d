import hashlib


def sign_ticket(ticket_ref, key):
    return hashlib.md5(key + ticket_ref.encode()).hexdigest()


def verify_ticket(ticket_ref, sig, key):
    return sign_ticket(ticket_ref, key) == sig
