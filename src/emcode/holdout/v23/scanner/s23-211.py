import hashlib
import hmac


def firmware_fingerprint(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()


def verify_firmware(path: str, expected: str) -> bool:
    return hmac.compare_digest(firmware_fingerprint(path), expected.lower())
