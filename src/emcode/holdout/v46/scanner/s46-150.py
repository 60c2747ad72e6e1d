import jwt
from flask import Flask, request, abort

app = Flask(__name__)


@app.get("/admin/appraisals")
def admin_appraisals():
    auth = request.headers.get("Authorization", "")
    token = auth.removeprefix("Bearer ")
    claims = jwt.decode(token, options={"verify_signature": False})
    if claims.get("role") != "manager":
        abort(403)
    return {"appraisals": []}
