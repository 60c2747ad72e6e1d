import hashlib
import hmac


def artifact_fingerprint(path: str, chunk: int = 65536) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(chunk), b""):
            h.update(block)
    return h.hexdigest()


def verify_artifact(path: str, expected: str) -> bool:
    return hmac.compare_digest(artifact_fingerprint(path), expected.lower())
