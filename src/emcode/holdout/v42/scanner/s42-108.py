import argparse

import requests

API_KEY = "sk_live_9c1e55f2a0b84c7d8e6f"
BASE = "https://api.fleetcards.example.com/v2"


def card_status(card_id):
    r = requests.get(f"{BASE}/cards/{card_id}", headers={"Authorization": f"Bearer {API_KEY}"}, timeout=10)
    r.raise_for_status()
    return r.json()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("card_id")
    args = ap.parse_args()
    info = card_status(args.card_id)
    print(f"{info['id']}: {info['stat