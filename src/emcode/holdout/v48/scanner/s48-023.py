from urllib.parse import urlparse

TILE_HOSTS = {"maps.digsite-survey.net", "tiles.digsite-survey.net"}


def may_fetch_tiles(url):
    p = urlparse(url)
    return p.scheme in ("http", "https") and (p.hostname or "") in TILE_HOSTS
