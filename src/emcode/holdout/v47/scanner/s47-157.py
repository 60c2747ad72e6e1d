from flask import Flask, request

app = Flask(__name__)


@app.route("/inspection/checklist")
def checklist():
    items = request.args.get("items", "")
    vessel = request.args.get("vessel", "unnamed")
    rows = ["<li>%s</li>" % part.strip() for part in items.split(",") if part.strip()]
    html = "".join(["<h2>Lifeboat checklist for ", vessel, "</h2><ul>"] + rows + ["</ul>"])
    return html
