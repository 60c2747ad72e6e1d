import hashlib
import hmac


def sign_payload(secret, body):
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def verify_payload(secret, body, signature):
    return hmac.compare_digest(sign_payload(secret, body), signature)
