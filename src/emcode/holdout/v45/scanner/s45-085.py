import hashlib
import hmac


def valid_signature(secret, body, received):
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, received)
