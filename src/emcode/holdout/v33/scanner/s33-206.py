from flask import Flask, request

app = Flask(__name__)


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin")
    if origin:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


@app.route("/api/me/permits")
def my_permits():
    return {"permits": [{"zone": "B", "expires": "2025-03-01"}]}
