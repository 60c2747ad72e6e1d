def redirect_headers(location, lang="en"):
    return [
        ("Location", location),
        ("Content-Language", lang),
        ("Cache-Control", "no-store"),
    ]
