import logging

import requests

log = logging.getLogger("carrier")


def carrier_get(path, token):
    log.debug("GET %s with token %s", path, token)
    return requests.get("https://api.carrier.example" + path, headers={"Authorization": "Bearer " + token}, timeout=10)
