from urllib.parse import quote
import requests


def get_profile(user_id: str) -> dict:
    url = "https://api.example.com/users/" + quote(user_id, safe="")
    return requests.get(url, timeout=5).json()
