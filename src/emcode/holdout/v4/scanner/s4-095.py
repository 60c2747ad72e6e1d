import pickle as pk
from base64 import urlsafe_b64decode
from flask import Flask, request

app = Flask(__name__)

@app.get("/cart")
def cart():
    raw = request.cookies.get("cart")
    items = pk.loads(urlsafe_b64decode(raw)) if raw else []
    return {"count": len(items)}
