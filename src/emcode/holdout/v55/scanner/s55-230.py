import hashlib
import hmac


def sign_ticket(ticket_ref, key):
    return hmac.new(key, ticket_ref.encode(), hashlib.sha256).hexdigest()


def verify_ticket(ticket_ref, sig, key):
    return hmac.compare_digest(sign_ticket(ticket_ref, key), sig)
