import hashlib
import os

KEY = os.environ["URL_SIGNING_KEY"]


def sign_url(path: str, expires: int) -> str:
    sig = hashlib.md5((KEY + path + str(expires)).encode()).hexdigest()
    return f"{path}?e={expires}&s={sig}"
