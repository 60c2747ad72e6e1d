import json
import zlib


def restore_session(blob: bytes):
    return json.loads(zlib.decompress(blob).decode("utf-8"))
