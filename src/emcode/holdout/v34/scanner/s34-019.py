import datetime as dt

import jwt
from flask import Flask, request

app = Flask(__name__)
JWT_SECRET = "tournament-admin-secret"


@app.post("/token")
def token():
    player = request.form["player"]
    claims = {"sub": player, "exp": dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=2)}
    return {"token": jwt.encode(claims, JWT_SECRET, algorithm="HS256")}
