from flask import Flask, jsonify

app = Flask(__name__)

READINGS = {"ST-01": {"air_c": -14.2, "wind_ms": 9.1}, "ST-02": {"air_c": -18.7, "wind_ms": 4.4}}


@app.after_request
def public_cors(resp):
    resp.headers["Access-Control-Allow-Origin"] = "*"
    return resp


@app.get("/public/readings")
def readings():
    return jsonify(READINGS)
