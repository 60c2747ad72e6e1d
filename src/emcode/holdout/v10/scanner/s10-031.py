def localized_headers(lang: str, headers: dict | None = None) -> dict:
    headers = dict(headers or {})
    headers["Content-Language"] = lang
    headers["Vary"] = "Accept-Language"
    return headers
