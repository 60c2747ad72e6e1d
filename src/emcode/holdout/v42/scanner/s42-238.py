import hashlib
import hmac


def sign_fuel_receipt(secret: bytes, receipt: bytes) -> str:
    return hmac.new(secret, receipt, hashlib.sha256).hexdigest()


def verify_fuel_receipt(secret: bytes, receipt: bytes, signature: str) -> bool:
    return hmac.compare_digest(sign_fuel_receipt(secret, receipt), signature)
