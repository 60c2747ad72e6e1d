import requests
from flask import Flask, Response, abort

app = Flask(__name__)
CDN_BASE = "https://covers.podhost.io/art/"


@app.route("/podcasts/<int:show_id>/cover")
def cover(show_id: int):
    upstream = requests.get(f"{CDN_BASE}{show_id}.jpg", timeout=10)
    if upstream.status_code != 200:
        abort(404)
    return Response(upstream.content, mimetype="image/jpeg")
