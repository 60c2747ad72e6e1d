import re

TRUSTED = ["app.example.com", "admin.example.com"]
ORIGIN_RE = re.compile("https://(" + "|".join(TRUSTED) + ")")


def origin_allowed(origin: str) -> bool:
    """Whether a CORS origin is one of ours."""
    return bool(ORIGIN_RE.match(origin))
