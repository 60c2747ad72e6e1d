import re

from flask import Flask, request, jsonify

app = Flask(__name__)

ALLOWED_DOMAIN = "waterboard.gov"
_HOST = re.compile(".*" + ALLOWED_DOMAIN)


@app.route("/embed/check")
def embed_check():
    host = request.args.get("host", "")
    return jsonify({"allowed": bool(_HOST.match(host))})
