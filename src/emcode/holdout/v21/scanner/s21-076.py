import re

_LANG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?")


def localized_headers(lang, base=None):
    if not _LANG.fullmatch(lang):
        lang = "en"
    headers = dict(base or {})
    headers["Content-Language"] = lang
    headers["Set-Cookie"] = f"lang={lang}; Path=/; HttpOnly"
    return headers
