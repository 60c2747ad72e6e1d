import hashlib
import hmac


def sign_barcode(secret: bytes, barcode: str) -> str:
    return hmac.new(secret, barcode.encode(), hashlib.sha256).hexdigest()


def verify_barcode(secret: bytes, barcode: str, sig: str) -> bool:
    return hmac.compare_digest(sign_barcode(secret, barcode), sig)
