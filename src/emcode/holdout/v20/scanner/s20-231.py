import hashlib
import urllib.request

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/firmware/register", methods=["POST"])
def register_firmware():
    info = request.get_json()
    with urllib.request.urlopen(info["url"]) as resp:
        blob = resp.read()
    digest = hashlib.sha256(blob).hexdigest()
    return jsonify({"sha256": digest, "size": len(blob)})
