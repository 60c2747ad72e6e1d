import logging

import requests

logger = logging.getLogger(__name__)
REDACT = {"authorization", "cookie", "x-api-key"}


def _redacted(headers) -> dict:
    return {k: ("***" if k.lower() in REDACT else v) for k, v in headers.items()}


class WeatherClient:
    def __init__(self, token: str) -> None:
        self.session = requests.Session()
        self.session.headers["Authorization"] = "Bearer " + token

    def forecast(self, city: str) -> dict:
        req = requests.Request("GET", "https://api.weather.example/v2/forecast", params={"q": city})
        prepared = self.session.prepare_request(req)
        logger.debug("sending %s headers=%s", prepared.url, _redacted(prepared.headers))
        return self.session.send(prepared, timeout=10).json()
