from flask import Flask, abort, jsonify, request

app = Flask(__name__)


@app.route("/harvest/import", methods=["POST"])
def import_harvest():
    records = request.get_json(silent=True)
    if not isinstance(records, list):
        abort(400)
    total = sum(float(r.get("kg", 0)) for r in records if isinstance(r, dict))
    return jsonify(rows=len(records), total_kg=total)
