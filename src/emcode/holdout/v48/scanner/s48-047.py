import re

import requests
from flask import Flask, Response, abort, request

app = Flask(__name__)
CDN = "https://posters.cinema-cdn.example"
POSTER_ID = re.compile(r"[a-z0-9-]{1,64}")


@app.get("/poster-proxy")
def poster_proxy():
    pid = request.args.get("id", "")
    if not POSTER_ID.fullmatch(pid):
        abort(400)
    upstream = requests.get(f"{CDN}/{pid}.jpg", timeout=5, allow_redirects=False)
    if upstream.status_code != 200:
        abort(404)
    return Response(upstream.content, mimetype="image/jpeg")
