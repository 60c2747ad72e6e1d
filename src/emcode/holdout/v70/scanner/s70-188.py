from html import escape
from flask import Flask, request

app = Flask(__name__)


@app.route("/work_orders/search")
def search_work_orders():
    term = escape(request.args.get("q", ""))
    html = "<h1>Results for " + term + "</h1>"
    html += "<p>No work_orders matched.</p>"
    return html
