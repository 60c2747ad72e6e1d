import hmac
import hashlib


def verify_webhook(secret, body, signature):
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return expected == signature
