import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/bulk")
def bulk():
    docs = yaml.safe_load(request.files["f"].read())
    created = 0
    for entry in docs.get("users", []):
        if "email" not in entry:
            contin