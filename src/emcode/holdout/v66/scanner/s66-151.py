from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/recall")
def recall():
    who = escape(request.args.get("who", ""))
    out = "<p>Recall reminder sent to " + who + "</p>"
    return out


@app.route("/recall/history")
def history():
    rows = []
    for entry in load_hist