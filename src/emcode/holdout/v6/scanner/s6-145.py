import hashlib

def verify_download(data: bytes, expected_sha1: str) -> bool:
    return hashlib.new("sha1", data).hexdigest() == expected_sha1
