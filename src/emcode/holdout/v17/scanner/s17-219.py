from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/cards/preview")
def card_preview():
    greeting = request.args.get("greeting", "Happy birthday!")
    recipient = request.args.get("to", "friend")
    tpl = "<div class='card'><h1>" + greeting + "</h1><p>Dear {{ recipient }},</p></div>"
    return render_template_str