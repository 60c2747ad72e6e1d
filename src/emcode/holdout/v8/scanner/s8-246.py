import hashlib
import time


def download_token(file_id, secret):
    expires = int(time.time()) + 600
    sig = hashlib.md5(f"{secret}{file_id}{expires}".encode()).hexdigest()
    return f"{file_id}:{expires}:{sig}"
