from flask import Flask, request

app = Flask(__name__)
ALLOWED = {"https://foodbank.example.org", "https://admin.foodbank.example.org"}


@app.after_request
def add_cors(resp):
    origin = request.headers.get("Origin")
    if origin in ALLOWED:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
        resp.headers["Vary"] = "Origin"
    return resp


@app.route("/api/donations")
def donations():
    return {"total": 1240}
