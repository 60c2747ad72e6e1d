import hashlib
import hmac


def fingerprint(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(8192), b""):
            h.update(chunk)
    return h.hexdigest()


def verify_download(path: str, expected: str) -> bool:
    return hmac.compare_digest(fingerprint(path), expected)
