import joblib
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/predict", methods=["POST"])
def predict():
    model = joblib.load(request.files["model"])
    features = [float(x) for x in request.form["x"].split(",")]
    return jsonify({"y": model.predict([features]).tolist()})
