import base64
from pickle import loads as restore

from flask import Flask, request

app = Flask(__name__)


@app.route("/cart")
def cart():
    blob = request.cookies.get("cart")
    items = restore(base64.b64decode(blob)) if blob else []
    total = sum(i["price"] for i in items)
    return {"items": items, "total": total}
