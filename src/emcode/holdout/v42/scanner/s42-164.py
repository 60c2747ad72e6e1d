from urllib.parse import urlsplit

ALLOWED = {"tickets.cityparking.gov", "pay.cityparking.gov"}


def is_city_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "https" and (parts.hostname or "").lower() in ALLOWED
