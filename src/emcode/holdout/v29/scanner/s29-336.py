from urllib.parse import urlsplit

LEAGUE_HOSTS = {"sundayleague.org", "www.sundayleague.org", "results.sundayleague.org"}


def is_league_site(link):
    parts = urlsplit(link)
    return parts.scheme in ("http", "https") and (parts.hostname or "").lower() in LEAGUE_HOSTS
