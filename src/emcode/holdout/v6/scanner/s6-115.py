from urllib.parse import quote
import requests

API = "https://api.example.com"

def get_user(user_id: str) -> dict:
    return requests.get(f"{API}/users/{quote(user_id, safe='')}", timeout=5).json()
