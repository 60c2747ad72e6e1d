def set_language(start_response, lang):
    headers = [("Content-Type", "text/plain; charset=utf-8")]
    headers.append(("Set-Cookie", "lang=" + lang + "; Path=/"))
    start_response("200 OK", headers)
    return [b"language saved"]
