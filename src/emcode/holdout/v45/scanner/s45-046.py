import hashlib
import hmac


def sign_frame(key, payload):
    return hmac.new(key, payload, hashlib.sha256).hexdigest()


def verify_frame(key, payload, signature):
    return hmac.compare_digest(sign_frame(key, payload), signature)
