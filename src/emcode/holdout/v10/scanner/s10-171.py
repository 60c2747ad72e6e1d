import re

LANG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?")


def localized_headers(lang: str, headers: dict | None = None) -> dict:
    if not LANG.fullmatch(lang):
        lang = "en"
    headers = dict(headers or {})
    headers["Content-Language"] = lang
    return headers
