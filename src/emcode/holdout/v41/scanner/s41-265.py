from flask import Flask, request, session
import os

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
ALLOWED_ORIGINS = {"https://portal.happypaws.example", "https://app.happypaws.example"}


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin")
    if origin in ALLOWED_ORIGINS:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
        resp.headers["Vary"] = "Origin"
    return resp


@app.get("/api/my-pets")
def my_pets():
    return {"owner": session.get("uid"), "pets": ["Mochi", "Rex"]}
