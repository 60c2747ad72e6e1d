from flask import Flask, request, jsonify

app = Flask(__name__)
ALLOWED_ORIGINS = {"https://members.youth-orchestra.example", "https://youth-orchestra.example"}


@app.after_request
def add_cors(resp):
    origin = request.headers.get("Origin")
    if origin in ALLOWED_ORIGINS:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
        resp.headers["Vary"] = "Origin"
    return resp


@app.get("/me/loans")
def my_loans():
    return jsonify(loans=[{"instrument": "Viola", "due": "2027-01-15"}])
