import hashlib

TRUSTED_SHA256: set[str] = set()


def approve(blob: bytes) -> None:
    TRUSTED_SHA256.add(hashlib.sha256(blob).hexdigest())


def is_approved(blob: bytes) -> bool:
    return hashlib.sha256(blob).hexdigest() in TRUSTED_SHA256
