import re


def make_host_checker(domain: str):
    rx = re.compile(r"(?:[a-z0-9-]+\.)*" + re.escape(domain.lower()))

    def check(host: str) -> bool:
        return rx.fullmatch(host.lower()) is not None

    return check
