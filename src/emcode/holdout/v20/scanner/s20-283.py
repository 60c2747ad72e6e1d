PUBLIC_CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET",
}


def apply_cors(response_headers: dict) -> dict:
    response_headers.update(PUBLIC_CORS)
    response_headers.pop("Access-Control-Allow-Credentials", None)
    return response_headers
