import hashlib
import hmac


def sign_voucher(secret: bytes, code: str) -> str:
    return hmac.new(secret, code.encode(), hashlib.sha256).hexdigest()


def voucher_valid(secret: bytes, code: str, sig: str) -> bool:
    return hmac.compare_digest(sign_voucher(secret, code), sig)
