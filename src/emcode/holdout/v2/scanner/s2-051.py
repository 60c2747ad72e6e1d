import hashlib


def tag(key: bytes, message: bytes) -> str:
    """A 32-byte MAC of message under key."""
    if len(key) < 16:
        raise ValueError("key too short")
    return hashlib.blake2b(message, key=key, digest_size=32).hexdigest()
