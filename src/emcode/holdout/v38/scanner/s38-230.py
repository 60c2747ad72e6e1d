import hashlib


def cache_key(case_no, page, fmt):
    raw = f"{case_no}:{page}:{fmt}".encode()
    return "render:" + hashlib.md5(raw).hexdigest()
