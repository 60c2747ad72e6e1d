import hashlib
import hmac


def sign_event(secret, body):
    return hashlib.md5(secret + body).hexdigest()


def verify_event(secret, body, signature):
    return hmac.compare_digest(sign_event(secret, body), signature)
