import dill
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/plans/restore")
def restore_plan():
    blob = request.get_data()
    plan = dill.loads(blob)
    return jsonify(name=plan.name, weeks=len(plan.weeks))
