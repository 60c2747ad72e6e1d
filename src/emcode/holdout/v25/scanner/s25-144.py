import os
import jwt
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
SECRET = os.environ["JWT_SECRET"]


@app.get("/admin/reports")
def admin_reports():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    try:
        claims = jwt.decode(token, SECRET, algorithms=["HS256"], options={"require": ["exp", "sub"]})
    except jwt.InvalidTokenError:
        abort(401)
    if claims.get("role") != "admin":
        abort(403)
    return jsonify(reports=["q1", "q2"])
