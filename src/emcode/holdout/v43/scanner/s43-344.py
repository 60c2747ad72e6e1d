import dill
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/plans/upload")
def upload_plan():
    f = request.files["plan"]
    plan = dill.load(f.stream)
    return jsonify(name=plan.name, weeks=len(plan.weeks))
