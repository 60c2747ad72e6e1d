import os

from flask import Flask, abort, request, session

app = Flask(__name__)
app.config.update(SECRET_KEY=os.environ["FLASK_SECRET_KEY"], SESSION_COOKIE_SAMESITE="Strict",
                  SESSION_COOKIE_SECURE=True, SESSION_COOKIE_HTTPONLY=True)


@app.before_request
def require_ajax_header():
    if request.method in ("POST", "PUT", "PATCH", "DELETE") and request.headers.get("X-Requested-With") != "fetch":
        abort(403)


@app.route("/api/cart/items", methods=["POST"])
def add_item():
    data = request.get_json(silent=True) or {}
    cart = session.setdefault("cart", [])
    cart.append(str(data.get("sku", ""))[:32])
    session.modified = True
    return {"items": len(cart)}
