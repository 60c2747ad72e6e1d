import re

ALLOWED_HOSTS = ["meters.cityworks.gov", "telemetry.cityworks.gov"]
HOST_RE = re.compile("|".join(ALLOWED_HOSTS))


def accept_webhook(origin_host: str) -> bool:
    return bool(HOST_RE.search(origin_host))
