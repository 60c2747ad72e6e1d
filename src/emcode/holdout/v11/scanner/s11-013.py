def safe_api_url(url: str) -> bool:
    return url.startswith("https://api.example.com")
