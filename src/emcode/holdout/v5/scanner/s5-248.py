import hmac
import hashlib

def verify(key, msg, signature):
    good = hmac.new(key, msg, hashlib.sha256).hexdigest()
    if signature != good:
        return False
    return True
