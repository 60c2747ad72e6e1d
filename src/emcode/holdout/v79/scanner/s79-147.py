from html import escape

from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/parcels")
def parcels():
    household = escape(request.args.get("household", ""))
    rows = f"<tr><td>{household}</td><td>pending</td></tr>"
    body = "<table>" + rows + "</table>"
    resp = make_response(body)
    resp.headers["X-Content-Type-Options"] = "nosniff"
    return resp
