THEMES = {"light", "dark", "contrast"}


def with_theme_cookie(start_response, theme):
    chosen = theme if theme in THEMES else "light"
    headers = [
        ("Content-Type", "text/html; charset=utf-8"),
        ("Set-Cookie", "theme=" + chosen + "; Path=/; SameSite=Lax"),
    ]
    start_response("200 OK", headers)
    return [b"<p>theme saved</p>"]
