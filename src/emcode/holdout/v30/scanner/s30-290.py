from flask import Flask, request
from markupsafe import Markup, escape

app = Flask(__name__)


@app.get("/waitlist")
def waitlist():
    names = request.args.getlist("name")
    items = Markup("").join(Markup("<li>{}</li>").format(n) for n in names)
    page = Markup("<h3>Waitlist ({})</h3><ol>{}</ol>").format(len(names), items)
    note = escape(request.args.get("note", ""))
    page += Markup("<p class='note'>{}</p>").format(note)
    return page
