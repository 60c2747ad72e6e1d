import hashlib


def fingerprint(path):
    h = hashlib.md5()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(8192), b""):
            h.update(block)
    return h.hexdigest()


def verify_download(path, expected):
    return fingerprint(path) == expected
