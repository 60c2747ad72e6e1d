import re

from flask import Flask, request, abort, jsonify

app = Flask(__name__)

ALLOWED_DOMAIN = "waterboard.gov"
_HOST = re.compile(r"(?:[a-z0-9-]+\.)*" + re.escape(ALLOWED_DOMAIN), re.IGNORECASE)


@app.route("/embed/check")
def embed_check():
    host = request.args.get("host", "")
    return jsonify({"allowed": _HOST.fullmatch(host) is not None})
