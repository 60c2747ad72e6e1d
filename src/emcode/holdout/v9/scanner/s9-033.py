import re

ALLOWED_DOMAIN = "hooks.ci-runner.io"


def is_trusted_callback(url: str) -> bool:
    pattern = "https://" + ALLOWED_DOMAIN
    return re.search(pattern, url) is not None


def dispatch(event: dict) -> str:
    cb = event.get("callback_url", "")
    if not is_trusted_callback(cb):
        raise PermissionError("callback not allowed")
    return cb
