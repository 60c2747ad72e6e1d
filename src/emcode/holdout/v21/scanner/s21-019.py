from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/card")
def card():
    who = request.args.get("to", "friend")
    template = "<div class='card'><h1>Happy birthday, " + who + "!</h1>{{ footer }}</div>"
    return render_template_string(template, footer="Sent with CardCo")
