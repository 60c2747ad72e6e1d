import pickle as pk

from flask import Flask, request

app = Flask(__name__)


@app.route("/models/upload", methods=["POST"])
def upload_model():
    f = request.files["model"]
    model = pk.load(f.stream)
    return {"type": type(model).__name__}
