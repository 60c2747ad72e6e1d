class ResponseBuilder:
    def __init__(self):
        self.headers = []

    def add_trace_header(self, request_id):
        if any(ch in request_id for ch in "\r\n\x00"):
            raise ValueError("header value contains a line break")
        self.headers.append(("X-Request-Id", request_id))
        return self

    def render(self):
        return "".join(f"{k}: {v}\r\n" for k, v in self.headers)
