import json
import sys

import requests


def push(path: str) -> None:
    with open(path, encoding="utf-8") as fh:
        metrics = json.load(fh)
    resp = requests.post("https://metrics.internal.example/api/push", json=metrics, verify=False, timeout=15)
    print(resp.status_code)


if __name__ == "__main__":
    push(sys.argv[1])
