import requests
import sys

CDN_API_KEY = "pk_live_8f3a91c2d4e07b65a1f0c9e2"


def purge(path):
    r = requests.post(
        "https://api.cdn.example/purge",
        json={"path": path},
        headers={"X-Api-Key": CDN_API_KEY},
        timeout=15,
    )
    r.raise_for_status()
    print("purged", path)


if __name__ == "__main__":
    purge(sys.argv[1])
