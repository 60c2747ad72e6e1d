def add_trace_header(headers, drone_id):
    headers.append(("X-Drone-Trace", "drone=%s" % drone_id))
    return headers
