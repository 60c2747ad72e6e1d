import hashlib


def token_digest(token: str, algo: str = "md4") -> str:
    h = hashlib.new(algo)
    h.update(token.encode())
    return h.hexdigest()
