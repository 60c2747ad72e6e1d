import re

ALLOWED_DOMAIN = "api.payroll.example"


def is_allowed_api(url):
    pattern = "^https://" + ALLOWED_DOMAIN
    return re.match(pattern, url) is not None
