def set_locale_cookie(headers, locale):
    headers["Set-Cookie"] = "locale=" + locale + "; Path=/; SameSite=Lax"
    return headers
