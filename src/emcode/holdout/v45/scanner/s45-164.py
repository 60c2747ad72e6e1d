import re

from flask import Flask, request, jsonify

app = Flask(__name__)

PARTNER = "tickets.bluewaterferries.example"
PARTNER_RE = re.compile(r"https://" + re.escape(PARTNER) + r"(/[A-Za-z0-9/_\-]*)?")


@app.post("/webhooks/register")
def register():
    url = (request.get_json(silent=True) or {}).get("callback", "")
    if not PARTNER_RE.fullmatch(url):
        return jsonify(error="callback must be on the partner host"), 400
    return jsonify(ok=True, callback=url)
