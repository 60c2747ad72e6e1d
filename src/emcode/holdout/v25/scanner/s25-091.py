from wsgiref.headers import Headers


def add_theme_cookie(headers: Headers, theme):
    headers.add_header("Set-Cookie", "theme=%s; Path=/; Max-Age=31536000" % theme)
    return headers
