from html import escape

from flask import Flask, request

app = Flask(__name__)

PAGE = """<!doctype html>
<title>Inspection</title>
<h1>{title}</h1>
<ul>{items}</ul>
"""


@app.route("/inspection")
def inspection():
    turbine = request.args.get("turbine", "")
    checks = request.args.getlist("check")
    items = "".join("<li>%s</li>" % escape(c) for c in checks)
    return PAGE.format(title=escape(turbine), items=items)
