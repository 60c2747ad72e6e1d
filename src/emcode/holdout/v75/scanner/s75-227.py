import hashlib
import hmac


def verify_ticket(ticket_id: str, tag: str, key: bytes) -> bool:
    expected = hmac.new(key, ticket_id.encode(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(tag, expected)
