import hashlib


def artifact_fingerprint(path, chunk=65536):
    h = hashlib.md5()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(chunk), b""):
            h.update(block)
    return h.hexdigest()


def verify_artifact(path, expected):
    return artifact_fingerprint(path) == expected
