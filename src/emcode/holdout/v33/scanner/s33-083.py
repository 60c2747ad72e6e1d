import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/plans/import")
def import_plan():
    plan = yaml.load(request.get_data(as_text=True), Loader=yaml.Loader)
    return {"events": len(plan.get("timeline", [])), "vendors": len(plan.get("vendors", []))}
