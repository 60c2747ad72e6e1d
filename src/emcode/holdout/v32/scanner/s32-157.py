import hashlib
import hmac


def sign_voucher(secret: bytes, voucher_code: str) -> str:
    return hmac.new(secret, voucher_code.encode(), hashlib.sha256).hexdigest()


def voucher_valid(secret: bytes, voucher_code: str, sig: str) -> bool:
    return hmac.compare_digest(sign_voucher(secret, voucher_code), sig)
