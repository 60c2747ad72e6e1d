import os
import requests

API = "https://api.seeds.example.org/v1"


def fetch_accessions(session=None):
    s = session or requests.Session()
    s.headers["Authorization"] = "Bearer " + os.environ["API_TOKEN"]
    resp = s.get(f"{API}/accessions", params={"page_size": 100}, time