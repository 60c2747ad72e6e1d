import requests
from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/preview")
def preview_cover():
    src = request.args.get("src")
    if not src:
        return {"error": "src required"}, 400
    upstream = requests.get(src, timeout=8, stream=True)
    return Response(upstream.raw.read(2_000_000), content_type=upstream.headers.get("Content-Type", "image/jpeg"))
