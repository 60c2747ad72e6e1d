import yaml
from flask import Flask, abort, jsonify, request

app = Flask(__name__)


@app.route("/inspections/plan", methods=["POST"])
def upload_plan():
    try:
        plan = yaml.safe_load(request.files["plan"].read())
    except yaml.YAMLError:
        abort(400)
    if not isinstance(plan, dict):
        abort(400)
    boats = plan.get("boats", [])
    return jsonify(vessel=plan.get("vessel"), boats=len(boa