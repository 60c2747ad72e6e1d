import requests
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
CDN = "https://cdn.esportshub.io/logos/"


@app.route("/teams/logo-check")
def logo_check():
    slug = request.args.get("team", "")
    if not slug.isalnum():
        abort(400)
    r = requests.head(CDN + slug + ".png", timeout=4)
    return jsonify({"ok": r.status_code == 200, "content_type": r.headers.get("Content-Ty