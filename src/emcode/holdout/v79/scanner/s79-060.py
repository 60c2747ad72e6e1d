from flask import Flask, request, make_response
from markupsafe import escape

app = Flask(__name__)


@app.route("/foodbank/search")
def search_stock():
    item = escape(request.args.get("q", ""))
    html = "<p>No stock found for <em>{}</em></p>".format(item)
    resp = make_response(html)
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp
