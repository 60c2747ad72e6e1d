import re

import requests
from flask import Flask, Response, abort, request

app = Flask(__name__)
CDN = "https://cdn.truckmenus.example/img/"
ID_RE = re.compile(r"[a-f0-9]{32}")


@app.get("/menu/image-proxy")
def image_proxy():
    img = request.args.get("id", "")
    if not ID_RE.fullmatch(img):
        abort(400)
    r = requests.get(CDN + img + ".jpg", timeout=5)
    if r.status_code != 200:
        abort(404)
    return Response(r.content, mimetype="image/jpeg")
