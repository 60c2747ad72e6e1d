import re

import requests
from flask import Flask, Response, abort, request

app = Flask(__name__)
CDN = "https://cdn.baggagetrack.net/avatars/"


@app.get("/proxy/avatar")
def avatar():
    uid = request.args.get("uid", "")
    if not re.fullmatch(r"[0-9a-f]{32}", uid):
        abort(400)
    upstream = requests.get(CDN + uid + ".png", timeout=5)
    if upstream.status_code != 200:
        abort(404)
    return Response(upstream.content, mimetype="image/png")
