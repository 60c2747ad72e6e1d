from flask import Flask, request, jsonify, session

app = Flask(__name__)
app.secret_key = __import__("os").environ["FLASK_SECRET"]


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin")
    if origin:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


@app.get("/me")
def me():
    return jsonify(uid=session.get("uid"))
