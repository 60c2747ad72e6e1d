import joblib
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/models/evaluate")
def evaluate():
    model = joblib.load(request.files["model"])
    features = request.form.getlist("x", type=float)
    return jsonify(prediction=float(model.predict([features])[0]))
