def _header_value(value: str) -> str:
    if any(ch in value for ch in "\r\n\x00"):
        raise ValueError("header value contains a line break")
    return value


def add_trace_headers(headers: dict, trace_id: str, user: str) -> dict:
    out = dict(headers)
    out["X-Trace-Id"] = _header_value(trace_id)
    out["X-User"] = _header_value(user)
    return out
