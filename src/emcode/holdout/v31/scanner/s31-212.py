import tempfile

import joblib
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/valuation/model", methods=["POST"])
def upload_model():
    f = request.files["model"]
    with tempfile.NamedTemporaryFile(suffix=".joblib") as tmp:
        f.save(tmp.name)
        model = joblib.load(tmp.name)
    estimate = model.predict([[3, 2, 120.0]])[0]
    return jsonify(sample_estimate=float(estimate))
