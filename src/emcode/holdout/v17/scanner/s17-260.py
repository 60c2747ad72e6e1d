import jwt
from flask import Flask, request, abort

app = Flask(__name__)


def current_claims():
    auth = request.headers.get("Authorization", "")
    token = auth.removeprefix("Bearer ")
    return jwt.decode(token, options={"verify_signature": False})


@app.route("/admin/stats")
def stats():
    claims = current_claims()
    if claims.get("role") != "admin":
        abort(403)
    return {"users": 1204, "orders": 88321}
