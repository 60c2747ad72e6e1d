import os

import jwt
from flask import Flask, request, abort

app = Flask(__name__)
KEY = os.environ["JWT_SECRET"]


@app.get("/admin/appraisals")
def admin_appraisals():
    auth = request.headers.get("Authorization", "")
    token = auth.removeprefix("Bearer ")
    try:
        claims = jwt.decode(token, KEY, algorithms=["HS256"])
    except jwt.InvalidTokenError:
        abort(401)
    if claims.get("role") != "manager":
        abort(403)
    return {"appraisals": []}
