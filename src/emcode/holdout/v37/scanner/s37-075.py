from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.get("/rehearsals/search")
def search_rehearsals():
    piece = escape(request.args.get("piece", ""))
    markup = "<p>No rehearsals scheduled for <em>%s</em> this month.</p>" % piece
    return markup
