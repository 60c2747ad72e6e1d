from flask import Flask, request

app = Flask(__name__)
ALLOWED_ORIGINS = {"https://portal.lettings.example", "https://admin.lettings.example"}


@app.after_request
def add_cors(resp):
    origin = request.headers.get("Origin")
    if origin in ALLOWED_ORIGINS:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
        resp.headers["Vary"] = "Origin"
    return resp


@app.route("/api/me")
def me():
    return {"tenant": "current"}
