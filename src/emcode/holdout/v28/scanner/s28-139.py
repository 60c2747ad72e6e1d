import hashlib


def chunk_etag(data: bytes) -> str:
    return '"' + hashlib.md5(data, usedforsecurity=False).hexdigest() + '"'


def cache_key(track_id: int, bitrate: int, chunk: int) -> str:
    return hashlib.md5(f"{track_id}:{bitrate}:{chunk}".encode()).hexdigest()
