import hashlib
import hmac


def sign_manifest(key: bytes, manifest: bytes) -> str:
    return hmac.new(key, manifest, hashlib.sha256).hexdigest()


def verify_manifest(key: bytes, manifest: bytes, signature: str) -> bool:
    return hmac.compare_digest(sign_manifest(key, manifest), signature)
