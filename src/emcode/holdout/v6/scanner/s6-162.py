import hmac, hashlib

def verify_webhook(secret: bytes, body: bytes, signature: str) -> bool:
    mac = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(mac, signature)
