ALLOWED_ORIGINS = frozenset({"https://dash.warehouse.example", "https://ops.warehouse.example"})


def cors_headers(request_origin: str | None) -> dict:
    headers = {"Vary": "Origin"}
    if request_origin in ALLOWED_ORIGINS:
        headers["Access-Control-Allow-Origin"] = request_origin
        headers["Access-Control-Allow-Credentials"] = "true"
    return headers
