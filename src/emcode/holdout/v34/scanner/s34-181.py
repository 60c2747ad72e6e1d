import os

import requests
from flask import Flask, request

app = Flask(__name__)
ARCHIVE_API = "https://api.census-archive.example/v1/search"
TOKEN = os.environ["ARCHIVE_TOKEN"]


@app.route("/census")
def census():
    params = {"surname": request.args.get("surname", ""), "year": request.args.get("year", type=int)}
    r = requests.get(ARCHIVE_API, params=params, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=10)
    if r.status_code != 200:
        return {"error": "archive unavailable"}, 502
    return {"results": r.json().get("results", [])}
