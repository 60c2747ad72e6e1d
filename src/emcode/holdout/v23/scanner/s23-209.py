import hashlib


def firmware_fingerprint(path):
    h = hashlib.md5()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()


def verify_firmware(path, expected):
    return firmware_fingerprint(path) == expected
