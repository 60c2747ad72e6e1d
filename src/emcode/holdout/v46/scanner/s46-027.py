import hashlib
import hmac


def sign_ticket(key, ticket_id, amount):
    msg = f"{ticket_id}:{amount}".encode()
    return hmac.new(key, msg, hashlib.sha256).hexdigest()


def verify_ticket(key, ticket_id, amount, sig):
    return hmac.compare_digest(sign_ticket(key, ticket_id, amount), sig)
