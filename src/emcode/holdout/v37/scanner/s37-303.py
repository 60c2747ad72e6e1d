import re

_TOKEN = re.compile(r"[A-Za-z0-9._~-]{1,64}")


def trace_headers(request_id):
    if not _TOKEN.fullmatch(request_id):
        raise ValueError("invalid request id")
    return [("X-Request-Id", request_id), ("Cache-Control", "no-store")]
