from flask import Flask, request

app = Flask(__name__)


@app.route("/find")
def find():
    q = request.args.get("q", "")
    html = f"""<h2>You searched for {q}</h2>
<p>No results.</p>"""
    return html


@app.route("/about")
def about():
    return "<p>Inventory tracker v0.