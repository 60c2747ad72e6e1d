def may_embed(url: str) -> bool:
    return "youtube.com" in url or "vimeo.com" in url
