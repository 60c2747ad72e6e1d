import html

from flask import Flask, request

app = Flask(__name__)


@app.route("/inspection/checklist")
def checklist():
    items = request.args.get("items", "")
    vessel = html.escape(request.args.get("vessel", "unnamed"))
    rows = ["<li>%s</li>" % html.escape(part.strip()) for part in items.split(",") if part.strip()]
    page = "".join(["<h2>Lifeboat checklist for ", vessel, "</h2><ul>"] + rows + ["</ul>"])
    return page
