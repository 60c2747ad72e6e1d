from pickle import loads as deserialize

from flask import Flask, request

app = Flask(__name__)


@app.post("/api/model")
def upload_model():
    blob = request.files["model"].read()
    model = deserialize(blob)
    return {"type": type(model).__name__}
