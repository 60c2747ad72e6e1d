import jwt
from flask import Flask, request

app = Flask(__name__)


@app.get("/membership/status")
def membership_status():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    claims = jwt.decode(token, options={"verify_signature": False})
    return {"member": claims["sub"], "tier": claims.get("tier", "standard")}
