from pickle import loads as decode
from flask import Flask, request

app = Flask(__name__)

@app.post("/model")
def upload_model():
    blob = request.files["model"].read()
    model = decode(blob)
    return f"loaded {type(model).__name__}"
