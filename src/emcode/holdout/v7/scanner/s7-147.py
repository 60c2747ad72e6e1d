def with_theme_cookie(start_response, theme):
    headers = [
        ("Content-Type", "text/html; charset=utf-8"),
        ("Set-Cookie", "theme=" + theme + "; Path=/"),
    ]
    start_response("200 OK", headers)
    return [b"<p>theme saved</p>"]
