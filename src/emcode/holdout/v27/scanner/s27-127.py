import pickle
import redis
from flask import Flask, request

app = Flask(__name__)
r = redis.Redis()


@app.route("/cart", methods=["POST"])
def save_cart():
    r.set("cart:" + request.form["sid"], request.form["blob"].encode("latin-1"))
    return {"ok": True}


@app.route("/cart/<sid>")
def load_cart(sid):
    raw = r.get("cart:" + sid)
    cart = pickle.loads(raw) if raw else []
    return {"items": len(cart)}
