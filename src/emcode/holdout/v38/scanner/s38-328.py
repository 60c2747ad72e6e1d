import hashlib
import hmac


def mac(key, message):
    return hmac.new(key, message, hashlib.sha256).hexdigest()
