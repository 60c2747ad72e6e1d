import re

def make_host_matcher(domain: str):
    pattern = re.compile(r"(?:www\.)?" + re.escape(domain))
    return lambda host: pattern.fullmatch(host.lower()) is not None
