DEFAULT_CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Credentials": "true",
    "Access-Control-Allow-Headers": "Authorization, Content-Type",
}


def apply_cors(headers: dict) -> dict:
    merged = dict(headers)
    merged.update(DEFAULT_CORS)
    return merged
