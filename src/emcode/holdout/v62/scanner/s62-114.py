import logging

log = logging.getLogger("irrigation.client")


class ValveClient:
    def __init__(self, endpoint, api_key):
        self.endpoint = endpoint
        self._api_key = api_key
        log.debug("valve client created (key configured: %s)", bool(api_key))
