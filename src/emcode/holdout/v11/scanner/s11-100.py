from flask import Flask, request
from mako.template import Template

app = Flask(__name__)
TITLE_TPL = Template("<h1>${title}</h1><p>Generated for ${user}</p>", default_filters=["h"])


@app.route("/reports/title")
def report_title():
    title = request.args.get("title", "Monthly report")
    return TITLE_TPL.render(title=title, user="finance")
