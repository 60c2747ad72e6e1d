import jwt
from flask import Flask, request, abort

app = Flask(__name__)


@app.get("/admin/stats")
def admin_stats():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    claims = jwt.decode(token, options={"verify_signature": False})
    if claims.get("role") != "admin":
        abort(403)
    return {"users": 1204, "orders": 5531}
