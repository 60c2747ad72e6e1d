import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/plans/import")
def import_plan():
    try:
        plan = yaml.safe_load(request.get_data(as_text=True)) or {}
    except yaml.YAMLError:
        return {"error": "invalid yaml"}, 400
    return {"events": len(plan.get("timeline", [])), "vendors": len(plan.get("vendors", []))}
