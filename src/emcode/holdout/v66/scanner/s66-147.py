from urllib.parse import urlparse

import requests

PARTNER_HOSTS = frozenset({"hooks.islandtravel.example", "notify.portauthority.example"})


class DelayNotifier:
    def __init__(self, session=None):
        self.session = session or requests.Session()

    def notify(self, callback_url, route, minutes):
        u = urlparse(callback_url)
        if u.scheme != "https" or u.hostname not in PARTNER_HOSTS or u.port not in (None, 443):
            raise ValueError("callback not registered")
        payload = {"route": route, "delay_minutes": minutes}
        return self.session.post(callback_url, json=payload, timeout=5, allow_redirects=False).status_code
