import jwt
from functools import wraps
from flask import Flask, request, jsonify, g

app = Flask(__name__)


def require_admin(fn):
    @wraps(fn)
    def wrapper(*a, **kw):
        auth = request.headers.get("Authorization", "")
        token = auth.removeprefix("Bearer ")
        claims = jwt.decode(token, options={"verify_signature": False})
        if claims.get("role") != "admin":
            return jsonify(error="forbidden"), 403
        g.user = claims["sub"]
        return fn(*a, **kw)
    return wrapper


@app.route("/admin/refunds", methods=["POST"])
@require_admin
def refund():
    return jsonify(ok=True, by=g.user)
