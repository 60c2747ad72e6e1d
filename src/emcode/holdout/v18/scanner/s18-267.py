def add_trace_header(headers: dict, trace_id: str) -> dict:
    headers = dict(headers)
    headers["X-Trace-Id"] = trace_id
    return headers
