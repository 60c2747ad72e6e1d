import json
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/work_orders/import", methods=["POST"])
def import_work_orders():
    try:
        records = json.loads(request.get_data())
    except ValueError:
        return jsonify(error="invalid JSON"), 400
    if not isinstance(records, list):
        return jsonify(error="expected a list"), 400
    return jsonify(imported=len(records))
