import requests

API_KEY = "sk_live_51HbagHUBd7f0e2a9c4b8e1f3a6d5c7b9"
BASE = "https://api.baghub.example/v1"


def claim_status(claim_id):
    r = requests.get(f"{BASE}/claims/{claim_id}", headers={"Authorization": f"Bearer {API_KEY}"}, timeout=10)
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    import sys
    for cid in sys.argv[1:]:
        info = claim_status(cid)
        print(cid, info.get("sta