import os
import pickle
import secrets

import redis
from flask import Flask, request, make_response

app = Flask(__name__)
store = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))


class Basket:
    def __init__(self):
        self.items = []


@app.post("/basket")
def add_item():
    sid = request.cookies.get("sid")
    raw = store.get(f"basket:{sid}") if sid else None
    basket = pickle.loads(raw) if raw else Basket()
    basket.items.append(request.form["machine_id"])
    if not sid or raw is None:
        sid = secrets.token_urlsafe(24)
    store.setex(f"basket:{sid}", 3600, pickle.dumps(basket))
    resp = make_response({"count": len(basket.items)})
    resp.set_cookie("sid", sid, httponly=True, secure=True, samesite="Lax")
    return resp
