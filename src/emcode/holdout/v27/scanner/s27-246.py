def set_trace_header(headers: dict, trace_id: str) -> dict:
    if "\r" in trace_id or "\n" in trace_id:
        raise ValueError("trace id must be a single line")
    headers["X-Trace-Id"] = trace_id
    return headers
