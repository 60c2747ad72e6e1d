from flask import Flask, request

app = Flask(__name__)
ALLOWED_ORIGINS = {"https://permits.city.example", "https://m.permits.city.example"}


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin")
    if origin in ALLOWED_ORIGINS:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
        resp.headers["Vary"] = "Origin"
    return resp


@app.route("/api/me/permits")
def my_permits():
    return {"permits": [{"zone": "B", "expires": "2025-03-01"}]}
