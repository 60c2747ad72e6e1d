import re
from urllib.parse import quote
import httpx

BASE = "https://api.internal.example"
SEG = re.compile(r"^[a-z0-9_-]+$")

def proxy_get(resource: str, item_id: str) -> dict:
    if not SEG.fullmatch(resource) or not SEG.fullmatch(item_id):
        raise ValueError("bad path")
    return httpx.get(f"{BASE}/{quote(resource)}/{quote(item_id)}", timeout=5).json()
