import hashlib


def shard_for(key: str, shards: int = 64) -> int:
    digest = hashlib.md5(key.encode(), usedforsecurity=False).digest()
    return int.from_bytes(digest[:4], "big") % shards
