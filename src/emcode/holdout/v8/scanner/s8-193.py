SUPPORTED = {"en", "de", "fr", "es", "nl"}


def set_language(start_response, lang):
    if lang not in SUPPORTED:
        lang = "en"
    headers = [("Content-Type", "text/plain; charset=utf-8"), ("Set-Cookie", "lang=" + lang + "; Path=/; SameSite=Lax")]
    start_response("200 OK", headers)
    return [b"language saved"]
