import hashlib
import hmac


def valid_cookie(value, key):
    payload, _, sig = value.rpartition(".")
    good = hmac.new(key, payload.encode(), hashlib.sha256).hexdigest()
    return sig == good
