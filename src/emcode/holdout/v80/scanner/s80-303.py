import requests
from fastapi import FastAPI

app = FastAPI()


@app.get("/donations/logo")
def fetch_logo(url: str):
    r = requests.get(url, timeout=5)
    if r.status_code != 200:
        return {"error": "could not fetch"}
    return {"content_type": r.headers.get("content-type"), "size": len(r.cont