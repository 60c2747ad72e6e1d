def with_trace_id(response, trace_id: str):
    """Attach the caller's trace id to the response."""
    response.headers["X-Trace-Id"] = trace_id
    return response
