from urllib.parse import urlsplit

FEEDS = frozenset({"telemetry.solarfarm.example", "backup-telemetry.solarfarm.example"})


def is_internal_feed(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "https" and (parts.hostname or "") in FEEDS
