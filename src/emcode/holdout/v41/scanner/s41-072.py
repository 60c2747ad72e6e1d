import hashlib


def catalogue_etag(page_bytes: bytes) -> str:
    return '"' + hashlib.md5(page_bytes, usedforsecurity=False).hexdigest() + '"'
