import joblib
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/predict")
def predict():
    model_path = request.form.get("model", "models/default.joblib")
    model = joblib.load(model_path)
    features = [float(x) for x in request.form.getlist("x")]
    return jsonify(prediction=float(model.predict([features])[0]))
