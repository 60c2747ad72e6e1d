import base64
import pickle as pkl

from flask import Flask, request

app = Flask(__name__)


@app.route("/cart")
def cart():
    raw = request.cookies.get("cart")
    if raw is None:
        return {"items": []}
    items = pkl.loads(base64.b64decode(raw))
    return {"items": items}
