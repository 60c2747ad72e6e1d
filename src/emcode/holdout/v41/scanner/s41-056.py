from flask import Flask, request, session
import os

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin")
    if origin:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


@app.get("/api/my-pets")
def my_pets():
    return {"owner": session.get("uid"), "pets": ["Mochi", "Rex"]}
