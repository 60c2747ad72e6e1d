PUBLIC_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET",
}


def apply_cors(headers: dict) -> dict:
    headers.update(PUBLIC_HEADERS)
    headers.pop("Access-Control-Allow-Credentials", None)
    return headers
