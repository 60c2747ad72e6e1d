import requests
from fastapi import FastAPI

app = FastAPI()


@app.get("/tracking/preview")
def preview(url: str):
    r = requests.get(url, timeout=8)
    return {"status": r.status_code, "length": len(r.content), "title": r.te