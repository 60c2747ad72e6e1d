import html
from flask import Flask, request

app = Flask(__name__)

SAMPLES = [
    {"code": "LS-001", "owner": "kim", "status": "frozen"},
    {"code": "LS-002", "owner": "ruiz", "status": "thawed"},
]


def render_row(sample):
    return "<tr><td>{}</td><td>{}</td><td>{}</td></tr>".format(
        html.escape(sample["code"]), html.escape(sample["owner"]), html.escape(sample["status"])
    )


@app.route("/samples")
def samples():
    owner = request.args.get("owner", "")
    rows = [render_row(s) for s in SAMPLES if not owner or s["owner"] == owner]
    caption = html.escape(owner) if owner else "all owners"
    table = "<table><caption>Samples for {}</caption>{}</table>".format(caption, "".join(rows))
    return table
