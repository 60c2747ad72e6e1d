import argparse
import hashlib
import hmac
import sys


def sha256_file(path, chunk=1 << 20):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("expected")
    a = ap.parse_args()
    actual = sha256_file(a.file)
    if not hmac.compare_digest(actual, a.expected.lower()):
        sys.exit(f"checksum mismatch: {actual}")
    print("ok")


if __name__ == "__main__":
    main()
