import joblib
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/leak-model/score", methods=["POST"])
def score():
    model_file = request.files["model"]
    model = joblib.load(model_file)
    features = request.json or {}
    pred = model.predict([[features.get("pressure", 0), features.get("flow", 0)]])
    return jsonify({"leak_probability": float(pred[0])})
