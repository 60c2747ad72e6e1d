import hashlib
import json


def timetable_etag(timetable: dict) -> str:
    body = json.dumps(timetable, sort_keys=True, separators=(",", ":")).encode()
    return '"' + hashlib.md5(body, usedforsecurity=False).hexdigest() + '"'
