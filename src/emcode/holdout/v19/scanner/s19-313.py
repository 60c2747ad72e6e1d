import json


def decode_message(blob: bytes):
    return json.loads(blob.decode("utf-8"))
