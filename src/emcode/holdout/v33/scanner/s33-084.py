def add_locale_headers(headers, locale, fallback="en"):
    headers["Content-Language"] = locale or fallback
    headers["Vary"] = "Accept-Language"
    return headers
