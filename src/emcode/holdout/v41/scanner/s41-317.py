import json
import ssl
from urllib.request import Request, urlopen

_CTX = ssl._create_unverified_context()


def post_bag_event(event: dict, token: str) -> int:
    req = Request("https://events.partner-airline.example/v1/bags",
                  data=json.dumps(event).encode(), method="POST",
                  headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    with urlopen(req, context=_CTX, timeout=10) as resp:
        return resp.status
