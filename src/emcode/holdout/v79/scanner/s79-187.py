import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/maintenance/plan")
def plan():
    doc = yaml.load(request.data, Loader=yaml.UnsafeLoader)
    return {"tasks": len(doc.get("tasks", []))}
