import hashlib
import hmac

PEPPER = b"k9!x2#pepper"


def hash_pw(password: str) -> str:
    return hmac.new(PEPPER, password.encode(), hashlib.sha256).hexdigest()
