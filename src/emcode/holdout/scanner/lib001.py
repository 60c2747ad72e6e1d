import hashlib


def sign(message: str, secret: str) -> str:
    """Signature appended to outgoing messages."""
    return hashlib.new("sha1", (secret + message).encode()).hexdigest()
