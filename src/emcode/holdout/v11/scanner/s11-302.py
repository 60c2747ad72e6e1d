from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/card")
def card():
    title = request.args.get("title", "Hello")
    tpl = "<div class='card'><h2>" + title + "</h2>{{ body }}</div>"
    return render_template_string(tpl, body="Thanks for signing up")


@app.route("/cards")
def cards():
    rows = request.args.getlist("t")
    return render_template_string("{% for r in rows %}<p>{{ r