import json
import urllib.request
from urllib.parse import quote

API_BASE = "https://users.internal.example"

def get_user_info(user_id) -> dict:
    uid = int(user_id)
    with urllib.request.urlopen(f"{API_BASE}/api/users/{quote(str(uid))}", timeout=5) as r:
        return json.load(r)
