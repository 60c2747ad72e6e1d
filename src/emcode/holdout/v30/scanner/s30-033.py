from flask import Flask, jsonify, request

app = Flask(__name__)
ALLOWED_ORIGINS = {"https://apply.northfield.ac.uk", "https://staff.northfield.ac.uk"}


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin")
    if origin in ALLOWED_ORIGINS:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
        resp.headers["Vary"] = "Origin"
    return resp


@app.get("/api/deadlines")
def deadlines():
    return jsonify([{"course": "BSc Nursing", "date": "2027-01-15"}])
