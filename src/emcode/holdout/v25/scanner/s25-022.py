import jwt
from flask import Flask, request, jsonify, abort

app = Flask(__name__)


@app.get("/admin/reports")
def admin_reports():
    auth = request.headers.get("Authorization", "")
    token = auth.removeprefix("Bearer ")
    claims = jwt.decode(token, options={"verify_signature": False})
    if claims.get("role") != "admin":
        abort(403)
    return jsonify(reports=["q1", "q2"])
