import hashlib
import logging

import requests

log = logging.getLogger("carrier")


def carrier_get(path, token):
    if not path.startswith("/") or path.startswith("//"):
        raise ValueError("path must be absolute")
    fp = hashlib.sha256(token.encode()).hexdigest()[:8]
    log.debug("GET %s (token fp %s)", path, fp)
    return requests.get("https://api.carrier.example" + path, headers={"Authorization": "Bearer " + token}, timeout=10)
