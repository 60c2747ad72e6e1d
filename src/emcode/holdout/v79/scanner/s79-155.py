import os

import jwt
from flask import Flask, request, abort

app = Flask(__name__)
JWT_KEY = os.environ["JWT_KEY"]


@app.route("/volunteer/shifts")
def shifts():
    auth = request.headers.get("Authorization", "")
    if not auth.startswith("Bearer "):
        abort(401)
    try:
        claims = jwt.decode(auth[7:], JWT_KEY, algorithms=["HS256"], audience="foodbank")
    except jwt.PyJWTError:
        abort(401)
    return {"volunteer": claims["sub"], "shifts": []}
