import hashlib
import urllib.request


def fetch_verified(url, expected_md5, dest):
    data = urllib.request.urlopen("https://mirror.example.net/" + url.lstrip("/"), timeout=30).read()
    if hashlib.md5(data).hexdigest() != expected_md5:
        raise ValueError("checksum mismatch")
    with open(dest, "wb") as fh:
        fh.write(data)
