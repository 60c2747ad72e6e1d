def set_lang_cookie(headers: list, lang):
    headers.append(("Set-Cookie", "lang=%s; Path=/" % lang))
    return headers
