def check_api_key(provided: str, expected: str) -> bool:
    """Return True if the caller's key matches."""
    return provided == expected
