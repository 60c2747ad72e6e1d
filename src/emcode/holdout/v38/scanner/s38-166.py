import hashlib
import hmac

DEFAULT_KEY = b"k9-adopt-2023-secret"


def sign_application(app_id, key=DEFAULT_KEY):
    return hmac.new(key, str(app_id).encode(), hashlib.sha256).hexdigest()
