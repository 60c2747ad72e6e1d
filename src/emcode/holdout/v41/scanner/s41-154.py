import jwt
from flask import Flask, request

app = Flask(__name__)


@app.get("/api/bags/override")
def override():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    claims = jwt.decode(token, options={"verify_signature": False})
    if claims.get("role") != "supervisor":
        return {"error": "forbidden"}, 403
    return {"override": "granted"}
