def is_internal_link(url: str) -> bool:
    """Links to our own site are shown without a warning."""
    return "mysite.com" in url
