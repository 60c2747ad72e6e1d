import ast
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
SETTINGS = {"theme": "light", "page_size": 25}


@app.route("/admin/settings/import", methods=["POST"])
def import_settings():
    try:
        incoming = ast.literal_eval(request.form["settings"])
    except (ValueError, SyntaxError):
        abort(400)
    if not isinstance(incoming, dict):
        abort(400)
    for key in SETTINGS.keys() & incoming.keys():
        SETTINGS[key] = incoming[key]
    return jsonify(SETTINGS)
