from urllib.parse import quote
import requests

BASE = "https://collections.museum.example/api/objects/"

def fetch_object(accession: str) -> dict:
    url = BASE + quote(accession, safe="")
    r = requests.get(url, timeout=8, allow_redirects=False)
    r.raise_for_status()
    return r.json()
