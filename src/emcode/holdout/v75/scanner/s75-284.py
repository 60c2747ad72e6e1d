import json
import zlib


def decode_plot_snapshot(blob: bytes):
    data = json.loads(zlib.decompress(blob).decode("utf-8"))
    if not isinstance(data, dict):
        raise ValueError("snapshot must be an object")
    return data
