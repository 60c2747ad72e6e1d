import logging

import requests

logger = logging.getLogger(__name__)


class WeatherClient:
    def __init__(self, token):
        self.session = requests.Session()
        self.session.headers["Authorization"] = "Bearer " + token

    def forecast(self, city):
        req = requests.Request("GET", "https://api.weather.example/v2/forecast", params={"q": city})
        prepared = self.session.prepare_request(req)
        logger.warning("sending %s headers=%s", prepared.url, dict(prepared.headers))
        return self.session.send(prepared, timeout=10).json()
