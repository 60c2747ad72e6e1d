from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/rink/slots")
def list_slots():
    wanted = request.args.getlist("slot")
    items = ["<li>%s</li>" % escape(s) for s in wanted]
    return "<ul class='slots'>" + "".join(items) + "</ul>"
