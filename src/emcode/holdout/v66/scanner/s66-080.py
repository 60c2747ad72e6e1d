import hashlib


def sign_manifest(key: bytes, manifest: bytes) -> str:
    return hashlib.sha1(key + manifest).hexdigest()
