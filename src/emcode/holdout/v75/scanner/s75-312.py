import os

import jwt
from flask import Flask, abort, request

app = Flask(__name__)
PUBLIC_KEY = open("/etc/gym/jwt_public.pem").read()


@app.get("/membership/status")
def membership_status():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    try:
        claims = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience="gym-api")
    except jwt.PyJWTError:
        abort(401)
    return {"member": claims["sub"], "tier": claims.get("tier", "standard")}
