import base64
import pickle as pkl

from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/basket")
def basket():
    raw = request.cookies.get("basket")
    items = pkl.loads(base64.b64decode(raw)) if raw else []
    total = sum(i["qty"] for i in items)
    resp = make_response({"items": items, "total": total})
    if total > 20:
        resp.set_cookie("warn", "limit", max_a