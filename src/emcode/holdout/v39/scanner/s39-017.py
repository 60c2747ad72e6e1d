import os
import sys

import requests


def purge(path):
    r = requests.post(
        "https://api.cdn.example/purge",
        json={"path": path},
        headers={"X-Api-Key": os.environ["CDN_API_KEY"]},
        timeout=15,
    )
    r.raise_for_status()
    print("purged", path)


if __name__ == "__main__":
    purge(sys.argv[1])
