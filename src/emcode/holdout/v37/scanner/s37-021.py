from flask import Flask, request

app = Flask(__name__)


@app.route("/fleet/compare")
def compare():
    ids = request.args.getlist("drone")
    rows = []
    for d in ids:
        rows.append("<li>" + d + "</li>")
    html = "".join(["<ul>"] + rows + ["</ul>"])
    return html
