from urllib.parse import urlsplit

EMBED_HOSTS = {"www.youtube.com", "youtube.com", "player.vimeo.com"}


def may_embed(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "https" and (parts.hostname or "") in EMBED_HOSTS
