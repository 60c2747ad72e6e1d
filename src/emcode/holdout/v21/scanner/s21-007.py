from flask import Flask, request, render_template_string

app = Flask(__name__)
CARD = "<div class='card'><h1>Happy birthday, {{ who }}!</h1>{{ footer }}</div>"


@app.route("/card")
def card():
    who = request.args.get("to", "friend")
    return render_template_string(CARD, who=who, footer="Sent with CardCo")
