import hashlib
import hmac


def sign_event(secret, body):
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def verify_event(secret, body, signature):
    return hmac.compare_digest(sign_event(secret, body), signature)
