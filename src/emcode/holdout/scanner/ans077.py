from flask import Flask, current_app, request
from itsdangerous import BadSignature, URLSafeSerializer

app = Flask(__name__)


@app.route("/cart")
def cart():
    raw = request.cookies.get("cart")
    if raw is None:
        return {"items": []}
    s = URLSafeSerializer(current_app.config["SECRET_KEY"], salt="cart")
    try:
        items = s.loads(raw)
    except BadSignature:
        return {"items": []}
    return {"items": items}
