import hashlib
import hmac


def sign_rsvp(secret: bytes, guest_id: int) -> str:
    return hmac.new(secret, str(guest_id).encode(), hashlib.sha256).hexdigest()


def check_rsvp(secret: bytes, guest_id: int, sig: str) -> bool:
    return hmac.compare_digest(sign_rsvp(secret, guest_id), sig)
