import requests
from fastapi import FastAPI

app = FastAPI()
RATES_API = "https://rates.lingua-agency.com/v1/quote"


@app.get("/quote")
def quote(source: str, target: str, words: int):
    r = requests.get(RATES_API, params={"from": source, "to": target, "words": words}, timeout=10)
    r.raise_for_status()
    data = r.json()
    return {"price": data["price"], "currency": data.get("curr