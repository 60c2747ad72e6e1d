CORS_HEADERS = [
    ("Access-Control-Allow-Origin", "*"),
    ("Access-Control-Allow-Credentials", "true"),
    ("Access-Control-Allow-Headers", "Authorization, Content-Type"),
]


def add_cors(headers: list) -> list:
    return headers + CORS_HEADERS
