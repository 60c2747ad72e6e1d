import yaml
from flask import Flask, request

app = Flask(__name__)

@app.post("/cfg")
def cfg():
    data = yaml.safe_load(request.get_data(as_text=True)) or {}
    out = {}
    for key, value in data.items():
        if isinstance(value, (str, int)):
            out[key] = val