from flask import Flask, request, render_template_string

app = Flask(__name__)
CARD = "<div class='card'><h1>{{ title }}</h1><p>from {{ sender }}</p></div>"


@app.route("/card")
def render_card():
    title = request.args.get("title", "Happy birthday!")[:120]
    sender = request.args.get("from", "a friend")[:60]
    return render_template_string(CARD, title=title, sender=sender)
