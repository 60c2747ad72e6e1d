def build_response_headers(lang):
    headers = []
    headers.append(("Content-Type", "text/html; charset=utf-8"))
    headers.append(("Set-Cookie", "lang=%s; Path=/" % lang))
    return headers
