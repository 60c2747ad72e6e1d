def is_plain_title(title: str) -> bool:
    """True when a podcast title has only words separated by single spaces."""
    if not title or len(title) > 200 or title != title.strip():
        return False
    words = title.split(" ")
    return all(w and w.replace("_", "").isalnum() for w in words)
