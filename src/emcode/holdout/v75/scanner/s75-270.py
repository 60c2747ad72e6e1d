from flask import Flask, jsonify, request

app = Flask(__name__)

RESULTS = {"VL-2291": {"analyte": "ALT", "value": 54, "unit": "U/L"}}


@app.get("/lab/<sample_id>")
def lab_result(sample_id):
    row = RESULTS.get(sample_id)
    if row is None:
        return jsonify(error=f"no sample {sample_id}"), 404
    return jsonify(sample=sample_id, **row)
