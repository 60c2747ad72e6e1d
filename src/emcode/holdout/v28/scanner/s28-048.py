import hashlib
import json

import redis
import requests
from fastapi import FastAPI

app = FastAPI()
cache = redis.Redis(host="localhost", port=6379)
CHARTS_API = "https://charts.example-stream.net/v2/top"


@app.get("/charts")
def charts(country: str = "GB", genre: str = "all"):
    key = "charts:" + hashlib.md5(f"{country}|{genre}".encode()).hexdigest()
    hit = cache.get(key)
    if hit:
        return json.loads(hit)
    resp = requests.get(CHARTS_API, params={"country": country, "genre": genre}, timeout=5)
    resp.raise_for_status()
    data = resp.json()
    cache.setex(key, 600, json.dumps(data))
    return data
