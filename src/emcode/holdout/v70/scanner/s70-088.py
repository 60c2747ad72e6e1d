from flask import Flask, request

app = Flask(__name__)


@app.route("/plots/search")
def search_plots():
    term = request.args.get("q", "")
    html = "<h1>Results for " + term + "</h1>"
    html += "<p>No plots matched.</p>"
    return html
