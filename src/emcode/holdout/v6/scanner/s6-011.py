import base64
from pickle import loads as decode
from flask import Flask, request

app = Flask(__name__)

@app.route("/cart")
def cart():
    blob = request.cookies.get("cart", "")
    items = decode(base64.b64decode(blob)) if blob else []
    return {"count": len(items)}
