import re


def host_matches(url, domain):
    pattern = "https?://([a-z0-9-]+\\.)*" + domain
    return re.match(pattern, url) is not None
