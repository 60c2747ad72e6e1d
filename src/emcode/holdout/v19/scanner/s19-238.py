from urllib.parse import urlsplit

ALLOWED = ("github.com", "gitlab.com")


def clone_allowed(repo_url):
    host = urlsplit(repo_url).hostname or ""
    return any(host.endswith(d) for d in ALLOWED)
