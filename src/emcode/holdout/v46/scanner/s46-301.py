import hashlib


def sign_ticket(key, ticket_id, amount):
    msg = f"{ticket_id}:{amount}".encode()
    return hashlib.md5(key + msg).hexdigest()
