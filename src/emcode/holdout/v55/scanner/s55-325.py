import re

_TOKEN = re.compile(r"[A-Za-z0-9._-]{1,64}")


def add_trace_headers(headers, request_id, client_label):
    if not _TOKEN.fullmatch(request_id) or not _TOKEN.fullmatch(client_label):
        raise ValueError("invalid header value")
    headers["X-Request-Id"] = request_id
    headers["X-Client"] = client_label
    return headers
