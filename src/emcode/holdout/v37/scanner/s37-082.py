import hashlib
import hmac


def sign_dispatch(secret, message):
    return hmac.new(secret, message, hashlib.sha256).hexdigest()


def verify_dispatch(secret, message, signature):
    return hmac.compare_digest(sign_dispatch(secret, message), signature)
