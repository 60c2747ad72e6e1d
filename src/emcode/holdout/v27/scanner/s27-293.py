import joblib
from flask import Flask, request

app = Flask(__name__)


@app.route("/predict", methods=["POST"])
def predict():
    f = request.files["model"]
    path = "/tmp/uploaded_model.joblib"
    f.save(path)
    model = joblib.load(path)
    x = [[float(v) for v in request.form["features"].split(",")]]
    return {"prediction": model.predict(x).tolist()}
