from flask import Flask, request, jsonify

app = Flask(__name__)
ALLOWED = {"https://carpark.example-hospital.nhs.uk", "https://staff.example-hospital.nhs.uk"}


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin")
    if origin in ALLOWED:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
        resp.headers["Vary"] = "Origin"
    return resp


@app.get("/api/permits/mine")
def my_permits():
    return jsonify(permits=["AB12 CDE"])
