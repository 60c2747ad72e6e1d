from wsgiref.headers import Headers


def language_cookie_headers(lang):
    headers = Headers([])
    headers.add_header("Set-Cookie", f"lang={lang}; Path=/; Max-Age=31536000")
    headers.add_header("Content-Language", lang)
    return headers.items()
