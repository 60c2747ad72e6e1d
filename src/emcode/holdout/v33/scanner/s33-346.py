import re

_LOCALE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}")


def add_locale_headers(headers, locale, fallback="en"):
    headers["Content-Language"] = locale if locale and _LOCALE.fullmatch(locale) else fallback
    headers["Vary"] = "Accept-Language"
    return headers
