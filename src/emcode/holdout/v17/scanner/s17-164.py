def tagged_start_response(start_response, status, tag):
    headers = [("Content-Type", "text/plain; charset=utf-8")]
    headers.append(("X-Request-Tag", tag))
    return start_response(status, headers)
