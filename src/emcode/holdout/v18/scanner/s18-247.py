from flask import Flask, request

app = Flask(__name__)


@app.route("/search")
def search():
    q = request.args.get("q", "")
    html_out = "<h1>Search</h1>"
    html_out += "<p>No results for <em>" + q + "</em></p>"
    return html_out


@app.route("/about")
def about():
    return "<h1>About</h1><p>We sell 