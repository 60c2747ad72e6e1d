import jwt
from flask import Flask, request, abort

app = Flask(__name__)


@app.route("/admin/rentals")
def admin_rentals():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    claims = jwt.decode(token, options={"verify_signature": False})
    if claims.get("role") != "admin":
        abort(403)
    return {"rentals": []}
