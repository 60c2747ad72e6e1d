import hashlib
import hmac


def check_pin(pin: str, salt: bytes, stored: bytes) -> bool:
    derived = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, 400_000)
    return hmac.compare_digest(derived, stored)
