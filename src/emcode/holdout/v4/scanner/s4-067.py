def redirect_headers(location):
    return [
        ("Status", "302 Found"),
        ("Location", location),
        ("Cache-Control", "no-store"),
    ]
