import os
import re


def delete_cache_entry(cache_dir, key):
    if not re.fullmatch(r"[0-9a-f]{64}", key):
        raise ValueError("cache key must be a sha256 hex digest")
    os.remove(os.path.join(cache_dir, key))
