import requests

INTERNAL = "http://10.0.0.5:8080"
RESOURCES = {"health": "/healthz", "version": "/version", "metrics": "/metrics"}


def fetch_resource(name: str) -> str:
    path = RESOURCES.get(name)
    if path is None:
        raise KeyError(name)
    return requests.get(INTERNAL + path, timeout=5).text
