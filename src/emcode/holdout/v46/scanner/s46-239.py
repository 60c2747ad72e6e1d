from flask import Flask, Response, abort

app = Flask(__name__)

HANDBOOKS = {
    "loans": "docs/instrument-loan-policy.md",
    "care": "docs/instrument-care.md",
    "damage": "docs/damage-reporting.md",
}


@app.get("/handbook/<topic>")
def handbook(topic):
    path = HANDBOOKS.get(topic)
    if path is None:
        abort(404)
    with open(path, encoding="utf-8") as fh:
        return Response(fh.read(), mimetype="text/markdown")
