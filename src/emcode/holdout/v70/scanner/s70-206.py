import hashlib
import hmac


def sign(message, key):
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def check(message, key, tag):
    return hmac.compare_digest(sign(message, key), tag)
