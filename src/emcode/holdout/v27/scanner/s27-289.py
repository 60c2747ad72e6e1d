import requests

BASE = "https://api.permits.example/v2/permits/"


def get_permit(permit_id: str) -> dict:
    if not permit_id.isdigit():
        raise ValueError("permit id must be numeric")
    return requests.get(BASE + permit_id, timeout=5).json()
