import requests
from fastapi import FastAPI

app = FastAPI()


@app.get("/gauges/preview-feed")
def preview_feed(url: str):
    r = requests.get(url, timeout=10)
    return {"status": r.status_code, "head": r.text[:500]}
