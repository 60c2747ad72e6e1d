import requests


def fetch_station_status(station_host: str) -> dict:
    url = f"http://{station_host}/api/status"
    return requests.get(url, timeout=5).json()
