import requests
from flask import Flask, abort, request

app = Flask(__name__)
API = "https://api.beecoop.org/v2/varroa"


@app.get("/varroa")
def varroa():
    region = request.args.get("region", "")
    if not region.isalpha():
        abort(400)
    r = requests.get(API, params={"region": region}, timeout=6)
    r.raise_for_status()
    return {"region": region, "level": r.json().get("lev