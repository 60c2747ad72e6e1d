import hashlib
import hmac
import time

import requests

API_KEY = "fitsync_live_key_7f3a91c2"
API_SECRET = "b9e1f0c4d7a2e8f6c3b5a1d9e7f2c4a8"


def signed_headers(path):
    ts = str(int(time.time()))
    sig = hmac.new(API_SECRET.encode(), (ts + path).encode(), hashlib.sha256).hexdigest()
    return {"X-Key": API_KEY, "X-Ts": ts, "X-Sig": sig}


def get_activities(user_id):
    path = f"/v1/users/{int(user_id)}/activities"
    return requests.get("https://api.fitsync.example" + path, headers=signed_hea