import re

ALLOWED = ["vetlab.example.com", "reports.vetlab.example.com"]
PATTERN = re.compile("|".join(ALLOWED))


def is_allowed_host(host):
    return PATTERN.search(host) is not None
