import io
import joblib as jl
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/predict", methods=["POST"])
def predict():
    model = jl.load(io.BytesIO(request.files["model"].read()))
    features = [float(x) for x in request.form["features"].split(",")]
    return jsonify(prediction=model.predict([features]).tolist())
