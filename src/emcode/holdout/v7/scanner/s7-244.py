import json
import os
import pickle as pk
from pathlib import Path
from flask import Flask, request, jsonify

app = Flask(__name__)
CACHE_DIR = Path(os.environ.get("CACHE_DIR", "/var/cache/forecast"))
CACHE_DIR.mkdir(mode=0o700, parents=True, exist_ok=True)


def cached_forecast(region: str) -> dict:
    path = CACHE_DIR / "forecast.pkl"
    if path.exists():
        with open(path, "rb") as fh:
            table = pk.load(fh)
    else:
        table = {"north": [3, 4, 5], "south": [9, 10, 11]}
        with open(path, "wb") as fh:
            pk.dump(table, fh)
    return {"region": region, "temps": table.get(region, [])}


@app.route("/forecast", methods=["POST"])
def forecast():
    body = json.loads(request.get_data(as_text=True) or "{}")
    return jsonify(cached_forecast(str(body.get("region", "north"))))
