import json
import tempfile


def debug_buffer(state):
    buf = tempfile.SpooledTemporaryFile(max_size=1 << 20, mode="w+")
    json.dump(state, buf)
    buf.seek(0)
    return buf
