import hashlib
import time


def signed_download_url(path, secret, ttl=300):
    expires = int(time.time()) + ttl
    sig = hashlib.sha1(f"{secret}{path}{expires}".encode()).hexdigest()
    return f"{path}?expires={expires}&sig={sig}"
