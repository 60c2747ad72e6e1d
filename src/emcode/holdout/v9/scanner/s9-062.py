import ast
from flask import Flask, request, abort

app = Flask(__name__)


@app.post("/settings/import")
def import_settings():
    raw = request.form.get("settings", "{}")
    try:
        value = ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        abort(400)
    if not isinstance(value, dict):
        abort(400)
    return {"keys": sorted(map(str, value))}
