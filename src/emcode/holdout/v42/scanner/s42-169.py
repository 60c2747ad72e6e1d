import argparse
import os

import requests

API_KEY = os.environ["FLEET_API_KEY"]
BASE = "https://api.fleetcards.example.com/v2"


def card_status(card_id):
    r = requests.get(f"{BASE}/cards/{int(card_id)}", headers={"Authorization": f"Bearer {API_KEY}"}, timeout=10)
    r.raise_for_status()
    return r.json()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("card_id", type=int)
    args = ap.parse_args()
    info = card_status(args.card_id)
    print(f"{info['id']}: {info['stat