from flask import Flask, request, render_template_string
from markupsafe import Markup

app = Flask(__name__)

PAGE = "<h1>Ticket search</h1><div>{{ summary }}</div>"


@app.route("/tickets")
def tickets():
    term = request.args.get("term", "")
    summary = Markup("Showing tickets matching <b>{}</b>").format(term)
    return render_template_string(PAGE, summary=summary)
