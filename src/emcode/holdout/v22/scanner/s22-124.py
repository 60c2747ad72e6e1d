DEFAULT_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Credentials": "true",
    "Access-Control-Allow-Headers": "Authorization, Content-Type",
}


def apply_cors(headers):
    headers.update(DEFAULT_HEADERS)
    return headers
