import hashlib
import hmac


def download_token(secret: bytes, file_id: str) -> str:
    return hmac.new(secret, file_id.encode(), hashlib.sha256).hexdigest()
