import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/inspections/plan", methods=["POST"])
def upload_plan():
    plan = yaml.load(request.files["plan"].read(), Loader=yaml.Loader)
    boats = plan.get("boats", [])
    return jsonify(vessel=plan.get("vessel"), boats=len(boa