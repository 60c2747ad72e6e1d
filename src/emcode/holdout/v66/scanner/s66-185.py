import os

import jwt
from flask import Flask, request, abort

app = Flask(__name__)
PUBLIC_KEY = open("/etc/dispatch/jwt_public.pem").read()


@app.get("/courier/me")
def me():
    auth = request.headers.get("Authorization", "")
    if not auth.startswith("Bearer "):
        abort(401)
    try:
        claims = jwt.decode(auth[7:], PUBLIC_KEY, algorithms=["RS256"], audience="dispatch-api")
    except jwt.InvalidTokenError:
        abort(401)
    return {"courier": claims["sub"], "zone": claims.get("zone")}
