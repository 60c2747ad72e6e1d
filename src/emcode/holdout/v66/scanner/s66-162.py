from flask import Flask, request

app = Flask(__name__)


@app.route("/recall")
def recall():
    who = request.args.get("who", "")
    out = "<p>Recall reminder sent to " + who + "</p>"
    return out


@app.route("/recall/history")
def history():
    rows = []
    for entry in load_hist