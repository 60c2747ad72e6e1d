import logging

log = logging.getLogger("irrigation.client")


class ValveClient:
    def __init__(self, endpoint, api_key):
        self.endpoint = endpoint
        self.api_key = api_key
        log.debug("connecting to %s with key %s", endpoint, api_key)
