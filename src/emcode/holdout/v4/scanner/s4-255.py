def cors_headers() -> dict[str, str]:
    """Headers for the public, cookie-less open-data endpoints."""
    return {
        "Access-Control-Allow-Origin": "*",
        "Access-Control-Allow-Methods": "GET",
    }
