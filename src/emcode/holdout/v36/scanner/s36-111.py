import hashlib
import hmac


def sign_payload(key, body):
    return hmac.new(key, body, hashlib.sha256).hexdigest()
