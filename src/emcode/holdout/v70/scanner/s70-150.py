import os
import requests

API = "https://api.guide.museum.example/v1"


def fetch_tracks(session=None):
    s = session or requests.Session()
    s.headers["Authorization"] = "Bearer " + os.environ["API_TOKEN"]
    resp = s.get(f"{API}/tracks", params={"page_size": 100}, timeout=10)
    resp.raise_for_status()
    return resp.json()


if __name__ == "__main__":
    print(len(fetch_tracks()))
