import re

SERVICE_RE = re.compile(r"https://api.internal.corp")

def is_internal(url):
    return bool(SERVICE_RE.match(url))
