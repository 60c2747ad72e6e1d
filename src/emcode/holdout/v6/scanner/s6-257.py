LANGS = {"en", "de", "fr", "es"}

def set_lang_cookie(headers: list, lang: str) -> list:
    if lang not in LANGS:
        lang = "en"
    headers.append(("Set-Cookie", f"lang={lang}; Path=/; SameSite=Lax"))
    return headers
