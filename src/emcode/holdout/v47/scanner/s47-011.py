import re

ALLOWED_HOSTS = ["meters.cityworks.gov", "telemetry.cityworks.gov"]
HOST_RE = re.compile("(?:" + "|".join(map(re.escape, ALLOWED_HOSTS)) + ")")


def accept_webhook(origin_host: str) -> bool:
    return HOST_RE.fullmatch(origin_host.lower().rstrip(".")) is not None
