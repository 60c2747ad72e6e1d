from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/greet")
def greet():
    visitor = request.args.get("name", "stranger")
    msg = Markup("<p>Hello, <strong>%s</strong>! Thanks for visiting.</p>") % visitor
    footer = Markup("<footer>{}</footer>").format(request.args.get("ref", ""))
    return msg + footer
