from flask import Flask, request, render_template_string

app = Flask(__name__)
CARD = "<div class='card'><h1>{{ greeting }}</h1><p>from {{ sender }}</p></div>"


@app.route("/card")
def card():
    greeting = request.args.get("greeting", "Happy birthday")[:120]
    return render_template_string(CARD, greeting=greeting, sender="the team")
