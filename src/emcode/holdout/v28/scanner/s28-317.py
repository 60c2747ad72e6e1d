import hashlib
import hmac


def sign_manifest(secret, body):
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def verify_manifest(secret, body, signature):
    return hmac.compare_digest(sign_manifest(secret, body), signature)
