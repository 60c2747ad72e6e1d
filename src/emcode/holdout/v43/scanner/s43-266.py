def redirect_headers(location, lang="en"):
    for v in (location, lang):
        if "\r" in v or "\n" in v:
            raise ValueError("header value contains a line break")
    return [
        ("Location", location),
        ("Content-Language", lang),
        ("Cache-Control", "no-store"),
    ]
