import hashlib
import json


def lesson_etag(lesson: dict) -> str:
    body = json.dumps(lesson, sort_keys=True, ensure_ascii=False).encode()
    return '"' + hashlib.md5(body, usedforsecurity=False).hexdigest() + '"'
