import json

from flask import Flask, abort, request

app = Flask(__name__)


@app.route("/import/catalogue", methods=["POST"])
def import_catalogue():
    try:
        records = json.loads(request.get_data(as_text=True))
    except json.JSONDecodeError:
        abort(400)
    if not isinstance(records, list):
        abort(400)
    return {"imported": len(records)}
