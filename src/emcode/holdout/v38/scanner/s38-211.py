import hashlib
import hmac
import os


def sign_application(app_id, key=None):
    key = key or os.environ["APPLICATION_SIGNING_KEY"].encode()
    return hmac.new(key, str(app_id).encode(), hashlib.sha256).hexdigest()
