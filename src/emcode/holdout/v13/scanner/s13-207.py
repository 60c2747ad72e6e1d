import hashlib

def token_id(token: str) -> str:
    return hashlib.new("sha1", token.encode()).hexdigest()
