def is_internal(url: str) -> bool:
    return url.startswith("https://api.wildtrack.example")
