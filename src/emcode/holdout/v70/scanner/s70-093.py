import hashlib
import hmac


def valid_ticket(payload, tag, key):
    return hmac.new(key, payload, hashlib.sha256).digest() == tag
