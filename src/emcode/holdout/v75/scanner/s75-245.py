import re

ALLOWED = ["vetlab.example.com", "reports.vetlab.example.com"]
PATTERN = re.compile("|".join(re.escape(h) for h in ALLOWED))


def is_allowed_host(host):
    return PATTERN.fullmatch(host.lower()) is not None
