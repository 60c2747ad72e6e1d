def add_trace_headers(headers: dict, trace_id: str, user: str) -> dict:
    out = dict(headers)
    out["X-Trace-Id"] = trace_id
    out["X-User"] = user
    return out
