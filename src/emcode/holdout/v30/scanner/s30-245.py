import requests

BASE = "https://registry.dental-council.example/api/practitioners/"


def practitioner(gdc_number):
    number = int(gdc_number)
    r = requests.get(f"{BASE}{number}", timeout=8)
    r.raise_for_status()
    return r.json()
