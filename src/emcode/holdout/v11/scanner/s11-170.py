import hashlib

TRUSTED_SHA1 = set()


def approve(blob: bytes) -> None:
    TRUSTED_SHA1.add(hashlib.sha1(blob).hexdigest())


def is_approved(blob: bytes) -> bool:
    return hashlib.sha1(blob).hexdigest() in TRUSTED_SHA1
