CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Credentials": "true",
}


def apply_cors(response_headers: dict) -> dict:
    response_headers.update(CORS)
    return response_headers
