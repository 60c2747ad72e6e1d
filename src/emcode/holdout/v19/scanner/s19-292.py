from urllib.parse import urlsplit

ALLOWED = {"github.com", "gitlab.com"}


def clone_allowed(repo_url: str) -> bool:
    parts = urlsplit(repo_url)
    return parts.scheme == "https" and (parts.hostname or "") in ALLOWED
