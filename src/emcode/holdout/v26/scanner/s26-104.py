import logging
import requests

log = logging.getLogger(__name__)


def mask(secret: str) -> str:
    return "*" * max(len(secret) - 4, 0) + secret[-4:]


def push_readings(api_key: str, readings: list[dict]) -> int:
    log.info("pushing %d readings with key %s", len(readings), mask(api_key))
    r = requests.post("https://grid.example/api/readings", json=readings,
                      headers={"X-Api-Key": api_key}, timeout=20)
    log.info("grid answered %s", r.status_code)
    return r.status_code
