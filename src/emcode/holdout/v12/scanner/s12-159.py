import re

ALLOWED_HOSTS = ["docs.example.com", "status.example.com", "example.com"]
HOST_RE = re.compile("|".join(ALLOWED_HOSTS))


def is_allowed(url):
    return url.startswith("https://") and HOST_RE.search(url) is not None


def filter_links(links):
    return [u for u in links if is_allowed(u)]


if __name__ == "__main__":
    print(filter_links(["https://docs.example.com/a", "https://evil.io/?x=example.com"]))
