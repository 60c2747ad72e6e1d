def add_trace_headers(headers, request_id, client_label):
    headers["X-Request-Id"] = request_id
    headers["X-Client"] = client_label
    return headers
