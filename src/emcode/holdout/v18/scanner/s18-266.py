class HeaderError(ValueError):
    pass


def add_trace_header(headers: dict, trace_id: str) -> dict:
    if any(ch in trace_id for ch in "\r\n\x00"):
        raise HeaderError("invalid trace id")
    headers = dict(headers)
    headers["X-Trace-Id"] = trace_id[:128]
    return headers
