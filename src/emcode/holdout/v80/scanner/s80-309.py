import hashlib
import hmac
import os
import sys


def sign(path):
    key = os.environb[b"EXPORT_SIGNING_KEY"]
    mac = hmac.new(key, digestmod=hashlib.sha256)
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            mac.update(chunk)
    return mac.hexdigest()


if __name__ == "__main__":
    for p in sys.argv[1:]:
        print(sign(p), p)
