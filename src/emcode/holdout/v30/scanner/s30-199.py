import hashlib
import hmac


def sign_booking(secret: bytes, booking_ref: str) -> str:
    return hmac.new(secret, booking_ref.encode(), hashlib.sha256).hexdigest()


def verify_booking(secret: bytes, booking_ref: str, sig: str) -> bool:
    return hmac.compare_digest(sign_booking(secret, booking_ref), sig)
