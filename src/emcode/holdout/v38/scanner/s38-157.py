import jwt
from flask import Flask, abort, request

app = Flask(__name__)


@app.route("/admin/passes")
def admin_passes():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    claims = jwt.decode(token, options={"verify_signature": False})
    if claims.get("role") != "admin":
        abort(403)
    return {"passes": 1842}
