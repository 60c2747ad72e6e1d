import base64
import pickle as pk
from flask import Flask, request

app = Flask(__name__)

@app.route("/cart")
def cart():
    raw = request.cookies.get("cart", "")
    items = pk.loads(base64.b64decode(raw)) if raw else []
    return {"count": len(items)}
