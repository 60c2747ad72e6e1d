import requests


class BracketClient:
    def __init__(self, base: str = "https://api.brackets.example"):
        self.base = base
        self.s = requests.Session()

    def matches(self, event_id: int) -> list:
        r = self.s.get(f"{self.base}/events/{int(event_id)}/matches", timeout=10)
        r.raise_for_status()
        return r.json()
