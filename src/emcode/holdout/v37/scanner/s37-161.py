import re


def make_host_checker(domains):
    alternatives = "|".join(re.escape(d.lower()) for d in domains)
    rx = re.compile(r"(?:[a-z0-9-]+\.)*(?:%s)" % alternatives)

    def check(host):
        return rx.fullmatch(host.lower()) is not None

    return check
