import base64
import json

from flask import Flask, request

app = Flask(__name__)
DEFAULTS = {"theme": "light", "page_size": 20}


@app.route("/settings")
def settings():
    raw = request.cookies.get("prefs", "")
    prefs = dict(DEFAULTS)
    if raw:
        try:
            data = json.loads(base64.urlsafe_b64decode(raw))
        except (ValueError, json.JSONDecodeError):
            data = {}
        if data.get("theme") in ("light", "dark"):
            prefs["theme"] = data["theme"]
        if isinstance(data.get("page_size"), int) and 5 <= data["page_size"] <= 100:
            prefs["page_size"] = data["page_size"]
    return prefs
