from flask import Flask, jsonify

app = Flask(__name__)
DATASETS = [{"slug": "bike-counts", "rows": 18233}, {"slug": "air-quality", "rows": 99120}]


@app.after_request
def public_cors(resp):
    resp.headers["Access-Control-Allow-Origin"] = "*"
    resp.headers["Access-Control-Allow-Methods"] = "GET"
    return resp


@app.get("/api/datasets")
def datasets():
    return jsonify(DATASETS)
