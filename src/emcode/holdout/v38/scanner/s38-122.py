import os

import jwt
from flask import Flask, abort, request

app = Flask(__name__)
JWT_KEY = os.environ["JWT_PUBLIC_KEY"]


@app.route("/admin/passes")
def admin_passes():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    try:
        claims = jwt.decode(token, JWT_KEY, algorithms=["RS256"], audience="passes-admin")
    except jwt.InvalidTokenError:
        abort(401)
    if claims.get("role") != "admin":
        abort(403)
    return {"passes": 1842}
