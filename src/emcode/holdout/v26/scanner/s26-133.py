def cors_headers():
    return {"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Methods": "GET, HEAD"}
