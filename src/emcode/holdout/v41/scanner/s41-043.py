import json

from flask import Flask, abort, request, jsonify

app = Flask(__name__)


@app.route("/records/import", methods=["POST"])
def import_record():
    try:
        record = json.loads(request.get_data(as_text=True))
    except json.JSONDecodeError:
        abort(400)
    if not isinstance(record, dict):
        abort(400)
    return jsonify(patient=record.get("patient"), species=record.get("species"))
