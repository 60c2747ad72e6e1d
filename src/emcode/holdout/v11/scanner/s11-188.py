def wsgi_headers(request_id, content_type="text/plain"):
    hdrs = [("Content-Type", content_type)]
    hdrs.append(("X-Request-Id", request_id))
    return hdrs
