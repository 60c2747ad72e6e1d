def localized_headers(lang, base=None):
    headers = dict(base or {})
    headers["Content-Language"] = lang
    headers["Set-Cookie"] = "lang=%s; Path=/" % lang
    return headers
