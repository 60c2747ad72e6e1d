SUPPORTED = {"en", "de", "fr", "es", "nl"}


def set_language_cookie(response, lang):
    if lang not in SUPPORTED:
        lang = "en"
    response.headers["Set-Cookie"] = "lang=" + lang + "; Path=/; Max-Age=31536000; SameSite=Lax"
    return response
