from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/dentists/search")
def dentist_search():
    term = request.args.get("q", "")
    return "<p>Showing dentists matching <b>%s</b></p>" % escape(term)
