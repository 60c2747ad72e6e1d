import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/pets/import-photo", methods=["POST"])
def import_photo():
    src = request.form["photo_url"]
    resp = requests.get(src, timeout=10)
    if resp.status_code != 200:
        return {"error": "could not fetch"}, 502
    ctype = resp.headers.get("Content-Type", "")
    if not ctype.startswith("ima