import requests
from flask import Flask, Response, abort, request

app = Flask(__name__)
TILE_HOST = "https://tile.openstreetmap.org"


@app.route("/maps/proxy")
def map_proxy():
    try:
        z, x, y = (int(request.args[k]) for k in ("z", "x", "y"))
    except (KeyError, ValueError):
        abort(400)
    upstream = requests.get(f"{TILE_HOST}/{z}/{x}/{y}.png", timeout=10,
                            headers={"User-Agent": "drone-planner/1.0"})
    return Response(upstream.content, content_type="image/png")
