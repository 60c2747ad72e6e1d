import requests
from fastapi import FastAPI

app = FastAPI()


@app.get("/fetch")
def fetch(url: str):
    r = requests.get(url, timeout=5)
    return {"status": r.status_code, "length": len(r.content), "type": r.headers.get("content-ty