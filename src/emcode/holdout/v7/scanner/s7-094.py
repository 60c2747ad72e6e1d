from flask import Flask, request, jsonify

app = Flask(__name__)
SETTINGS = {"theme": "light", "page_size": 25}


@app.route("/admin/settings/import", methods=["POST"])
def import_settings():
    source = request.form["settings_py"]
    namespace = {}
    exec(source, {}, namespace)
    SETTINGS.update({k: v for k, v in namespace.items() if not k.startswith("_")})
    return jsonify(SETTINGS)
