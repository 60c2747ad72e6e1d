import re

import requests
from flask import Flask, Response, abort

app = Flask(__name__)
CDN = "https://cdn.inkhouse-tattoo.com/avatars/"
AVATAR_ID = re.compile(r"[a-f0-9]{32}")


@app.route("/avatar/<avatar_id>")
def avatar(avatar_id):
    if not AVATAR_ID.fullmatch(avatar_id):
        abort(404)
    r = requests.get(CDN + avatar_id + ".webp", timeout=5, allow_redirects=False)
    if r.status_code != 200:
        abort(404)
    return Response(r.content, mimetype="image/webp")
