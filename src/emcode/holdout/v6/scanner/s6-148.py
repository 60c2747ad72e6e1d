import hashlib
import hmac

def verify_download(data: bytes, expected_sha256: str) -> bool:
    return hmac.compare_digest(hashlib.sha256(data).hexdigest(), expected_sha256.lower())
