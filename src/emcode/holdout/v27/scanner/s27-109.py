import json
import ssl
import urllib.request


class BracketClient:
    def __init__(self, base="https://api.brackets.example"):
        self.base = base
        self.ctx = ssl._create_unverified_context()

    def matches(self, event_id: int):
        with urllib.request.urlopen(f"{self.base}/events/{int(event_id)}/matches", context=self.ctx) as r:
            return json.load(r)
