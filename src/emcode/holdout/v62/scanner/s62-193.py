import io
from urllib.parse import urlsplit

import requests
from flask import Flask, request, send_file, abort
from PIL import Image

app = Flask(__name__)
CDN_HOST = "cdn.risecrumb.co.uk"


@app.route("/thumb", methods=["POST"])
def thumb():
    url = str(request.json.get("image_url", ""))
    parts = urlsplit(url)
    if parts.scheme != "https" or parts.hostname != CDN_HOST or parts.port not in (None, 443):
        abort(400)
    r = requests.get(url, timeout=10, allow_redirects=False)
    r.raise_for_status()
    img = Image.open(io.BytesIO(r.content))
    img.thumbnail((200, 200))
    out = io.BytesIO()
    img.save(out, "PNG")
    out.seek(0)
    return send_file(out, mimetype="image/png")
