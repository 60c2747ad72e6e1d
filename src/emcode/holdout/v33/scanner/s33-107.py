import hashlib
import hmac

_SIGNING_KEY = b"9f2c7e1ab04d4c0e8a7d6b5e3f21c0aa"


def sign_download_url(path, expires):
    msg = f"{path}:{expires}".encode()
    return hmac.new(_SIGNING_KEY, msg, hashlib.sha256).hexdigest()
