from flask import Flask, request, jsonify, session
import os

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.after_request
def add_cors(resp):
    origin = request.headers.get("Origin")
    if origin:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


@app.get("/api/me/workouts")
def my_workouts():
    uid = session.get("uid")
    if uid is None:
        return jsonify(error="login required"), 401
    return jsonify(user=uid, workouts=[{"type": "run", "km": 5.2}])
