from urllib.parse import quote

import requests
from flask import Flask, request

app = Flask(__name__)
DIRECTORY = "https://directory.podcasts.example/api/shows/"


@app.get("/shows/lookup")
def lookup():
    slug = request.args.get("slug", "")
    r = requests.get(DIRECTORY + quote(slug, safe=""), timeout=10)
    if r.status_code != 200:
        return {"error": "not found"}, 404
    return {"show": r.json().get("title")}
