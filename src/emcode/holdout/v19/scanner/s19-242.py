import os

def delete_cache_entry(cache_dir, key):
    key = key.replace("../", "")
    os.remove(os.path.join(cache_dir, key))
