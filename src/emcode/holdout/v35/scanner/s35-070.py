import hashlib
import json


def thumbnail_cache_key(design_id, width, height, fmt="webp"):
    payload = json.dumps({"d": design_id, "w": width, "h": height, "f": fmt}, sort_keys=True)
    return "thumb:" + hashlib.md5(payload.encode()).hexdigest()
