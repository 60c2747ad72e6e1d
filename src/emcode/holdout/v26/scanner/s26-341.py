import requests

API_BASE = "https://gbfs.bikeshare.example/v2"


def station_status(station_id: int) -> dict:
    return requests.get(f"{API_BASE}/stations/{int(station_id)}", timeout=5).json()
