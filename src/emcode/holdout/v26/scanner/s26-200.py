from urllib.parse import urlparse
from flask import Flask, request, abort, jsonify

app = Flask(__name__)
DOMAIN = "bikeshare.example"


@app.post("/embed/register")
def register_embed():
    origin = request.headers.get("Origin", "")
    host = urlparse(origin).hostname or ""
    if not host.endswith(DOMAIN):
        abort(403)
    return jsonify(registered=origin)
