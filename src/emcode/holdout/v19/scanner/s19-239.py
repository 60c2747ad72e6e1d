def is_internal_link(url: str) -> bool:
    return url.startswith("https://example.com")
