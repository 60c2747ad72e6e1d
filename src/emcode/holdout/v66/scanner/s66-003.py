import requests


class DelayNotifier:
    def __init__(self, session=None):
        self.session = session or requests.Session()

    def notify(self, callback_url, route, minutes):
        payload = {"route": route, "delay_minutes": minutes}
        return self.session.post(callback_url, json=payload, timeout=5).status_code
