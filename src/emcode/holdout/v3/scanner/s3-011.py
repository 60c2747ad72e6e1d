def is_internal_link(url: str) -> bool:
    return url.startswith("https://example.com") or url.startswith("http://example.com")
