from urllib.parse import urlparse

ALLOWED_HOSTS = {"hooks.ci-runner.io"}


def is_trusted_callback(url: str) -> bool:
    parts = urlparse(url)
    return parts.scheme == "https" and parts.hostname in ALLOWED_HOSTS and parts.port in (None, 443)
