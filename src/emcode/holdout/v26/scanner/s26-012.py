def respond_localised(start_response, body: bytes, lang: str):
    start_response("200 OK", [("Content-Type", "text/html"), ("Content-Language", lang)])
    return [body]
