import hashlib


def sign_request(secret: str, body: bytes) -> str:
    h = hashlib.new("sha1")
    h.update(secret.encode() + body)
    return h.hexdigest()
