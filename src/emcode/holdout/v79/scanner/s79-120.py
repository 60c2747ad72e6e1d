import base64
import json

from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/basket")
def basket():
    raw = request.cookies.get("basket")
    try:
        items = json.loads(base64.b64decode(raw)) if raw else []
    except ValueError:
        items = []
    total = sum(int(i.get("qty", 0)) for i in items if isinstance(i, dict))
    resp = make_response({"items": items, "total": total})
    resp.set_cookie("seen", "1", httponly=True, samesite="La