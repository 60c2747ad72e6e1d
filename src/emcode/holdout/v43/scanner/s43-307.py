import json

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/api/seating/import", methods=["POST"])
def import_seating():
    try:
        plan = json.loads(request.get_data(as_text=True))
    except json.JSONDecodeError:
        return jsonify(error="body must be JSON"), 400
    tables = plan.get("tables", []) if isinstance(plan, dict) else []
    return jsonify(imported=len(tables))
