import re


def make_host_checker(domain):
    rx = re.compile(r"https://(?:[a-z0-9-]+\.)*" + re.escape(domain) + r"(?::\d+)?(?:/.*)?", re.IGNORECASE)

    def check(url):
        return rx.fullmatch(url) is not None

    return check
