from urllib.parse import urljoin, urlparse

SITE = "https://tickets.example.com"


def safe_next(target: str) -> str:
    absolute = urljoin(SITE + "/", target)
    site, cand = urlparse(SITE), urlparse(absolute)
    if (cand.scheme, cand.netloc) == (site.scheme, site.netloc):
        return absolute
    return SITE + "/"
