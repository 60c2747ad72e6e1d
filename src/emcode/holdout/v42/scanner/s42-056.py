from urllib.parse import quote

import requests

API = "https://api.trialregistry.example.org/v2/studies/"


def fetch_study(study_id, timeout=5):
    resp = requests.get(API + quote(str(study_id), safe=""), timeout=timeout)
    resp.raise_for_status()
    return resp.json()
