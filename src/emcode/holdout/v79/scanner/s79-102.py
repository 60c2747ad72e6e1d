import yaml
from flask import Flask, request, abort

app = Flask(__name__)


@app.post("/maintenance/plan")
def plan():
    try:
        doc = yaml.load(request.data, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        abort(400)
    if not isinstance(doc, dict):
        abort(400)
    return {"tasks": len(doc.get("tasks", []))}
