import hashlib

def sign(body: bytes, key: bytes) -> str:
    h = hashlib.new("md5")
    h.update(key + body)
    return h.hexdigest()
