import re
from urllib.parse import urlparse


def carrier_url_ok(url, carriers):
    rx = re.compile("(?:" + "|".join(re.escape(c) for c in carriers) + ")")
    return bool(rx.fullmatch(urlparse(url).hostname or ""))
