import hashlib
import hmac
import os


def hash_api_key(key: str) -> str:
    pepper = os.environ["API_KEY_PEPPER"].encode()
    return hmac.new(pepper, key.encode("utf-8"), hashlib.sha256).hexdigest()
