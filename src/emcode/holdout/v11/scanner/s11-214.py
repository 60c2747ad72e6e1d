from flask import Flask, request, render_template_string

app = Flask(__name__)
CARD = "<div class='card'><h2>{{ title }}</h2><p>{{ body }}</p></div>"


@app.route("/card")
def card():
    return render_template_string(CARD, title=request.args.get("title", "Hello"), body="Thanks!")


@app.route("/cards")
def cards():
    titles = request.args.getlist("t")[:20]
    return render_template_string("{% for t in titles %}" + CARD.replace("title", "t