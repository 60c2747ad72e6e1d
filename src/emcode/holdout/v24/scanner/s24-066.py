from flask import Flask, request, jsonify, abort

app = Flask(__name__)
cache: dict[str, str] = {}


@app.route("/cache/import", methods=["POST"])
def import_cache():
    entries = request.get_json(silent=True)
    if not isinstance(entries, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in entries.items()):
        abort(400, "expected a JSON object of strings")
    cache.update(entries)
    return jsonify(imported=len(entries))
