import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/pipeline")
def pipeline():
    spec = yaml.load(request.data, Loader=yaml.UnsafeLoader)
    stages = spec.get("stages", [])
    for st in stages:
        print("stage", st.get("na