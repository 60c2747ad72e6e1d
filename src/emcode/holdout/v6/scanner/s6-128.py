def allowed_callback(url: str) -> bool:
    return "trusted.example.org" in url
