from flask import Flask, jsonify

app = Flask(__name__)
FX = {"EURUSD": 1.08, "GBPUSD": 1.27}


@app.after_request
def cors(resp):
    resp.headers["Access-Control-Allow-Origin"] = "*"
    resp.headers["Access-Control-Allow-Methods"] = "GET"
    return resp


@app.route("/public/rates")
def rates():
    return jsonify(FX)
