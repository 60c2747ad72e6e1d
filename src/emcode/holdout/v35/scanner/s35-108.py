import re

_LOCALE = re.compile(r"[a-z]{2}(?:-[A-Z]{2})?")


def set_locale_cookie(headers, locale):
    if not _LOCALE.fullmatch(locale):
        locale = "en"
    headers["Set-Cookie"] = "locale=" + locale + "; Path=/; SameSite=Lax"
    return headers
