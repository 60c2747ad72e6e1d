import re
from urllib.parse import urlsplit

TRUSTED = "api.partner.io"
_RX = re.compile(re.escape(TRUSTED))


def is_partner(url: str) -> bool:
    return _RX.fullmatch(urlsplit(url).hostname or "") is not None
