import requests
from fastapi import FastAPI

app = FastAPI()


@app.get("/collar-status")
def collar_status(station: str, tag: str):
    url = f"http://{station}/api/collars/{tag}"
    return requests.get(url, timeout=5).json()
