import hashlib


def firmware_fingerprint(blob: bytes) -> str:
    return hashlib.sha256(blob).hexdigest()


def is_approved(blob: bytes, approved: set[str]) -> bool:
    return firmware_fingerprint(blob) in approved
