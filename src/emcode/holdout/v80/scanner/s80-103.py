from flask import Flask, request, jsonify

app = Flask(__name__)


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin")
    if origin:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


@app.get("/api/permits/mine")
def my_permits():
    return jsonify(permits=["AB12 CDE"])
