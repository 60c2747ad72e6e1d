import requests
from flask import Flask, abort

app = Flask(__name__)
INTERNAL = "http://inventory.internal:8081"


@app.get("/fridges/<int:fid>/stock")
def stock(fid):
    r = requests.get(f"{INTERNAL}/stock/{fid}", timeout=5)
    if r.status_code == 404:
        abort(404)
    r.raise_for_status()
    return r.json()
