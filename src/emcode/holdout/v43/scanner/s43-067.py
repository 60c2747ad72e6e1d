import hashlib
import json


def dock_map_etag(docks):
    body = json.dumps(docks, sort_keys=True, separators=(",", ":")).encode()
    return '"' + hashlib.sha1(body, usedforsecurity=False).hexdigest() + '"'
