from urllib.parse import quote

import requests
from fastapi import FastAPI, HTTPException

app = FastAPI()
INVENTORY_SVC = "https://inventory.internal:8443/api/items/"


@app.get("/items/{sku}")
def item(sku: str):
    r = requests.get(INVENTORY_SVC + quote(sku, safe=""), timeout=5)
    if r.status_code == 404:
        raise HTTPException(404)
    r.raise_for_status()
    return r.json()
