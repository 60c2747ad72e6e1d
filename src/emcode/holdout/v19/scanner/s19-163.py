import json
from flask import Flask, request

app = Flask(__name__)
SAVED = []
FIELDS = {"name", "kind", "size"}


@app.route("/widgets/import", methods=["POST"])
def import_widgets():
    items = json.loads(request.get_data(as_text=True))
    if not isinstance(items, list):
        return {"error": "expected list"}, 400
    SAVED.extend({k: v for k, v in w.items() if k in FIELDS} for w in items if isinstance(w, dict))
    return {"count": len(SAVED)}
