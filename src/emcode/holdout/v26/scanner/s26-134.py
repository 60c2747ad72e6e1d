from urllib.parse import urlparse
from flask import Flask, request, abort, jsonify

app = Flask(__name__)
DOMAIN = "bikeshare.example"


def trusted(url: str) -> bool:
    host = (urlparse(url).hostname or "").lower()
    return host == DOMAIN or host.endswith("." + DOMAIN)


@app.post("/embed/register")
def register_embed():
    origin = request.headers.get("Origin", "")
    if not trusted(origin):
        abort(403)
    return jsonify(registered=origin)
