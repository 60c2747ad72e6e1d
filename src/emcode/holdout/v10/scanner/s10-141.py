import hashlib


def cache_key(url: str, params: dict) -> str:
    blob = url + "?" + "&".join(f"{k}={params[k]}" for k in sorted(params))
    return hashlib.md5(blob.encode(), usedforsecurity=False).hexdigest()
