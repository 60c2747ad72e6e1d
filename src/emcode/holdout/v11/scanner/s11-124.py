from flask import Flask, request
from mako.template import Template

app = Flask(__name__)


@app.route("/reports/title")
def report_title():
    title = request.args.get("title", "Monthly report")
    source = "<h1>" + title + "</h1><p>Generated for ${user}</p>"
    return Template(source).render(user="finance")
