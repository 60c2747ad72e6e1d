from flask import Flask, request, render_template_string

app = Flask(__name__)
CARD = "<div class='card'><h2>Dear {{ to }},</h2><p>{{ msg }}</p></div>"


@app.route("/card")
def greeting_card():
    to = request.args.get("to", "friend")
    msg = request.args.get("msg", "Happy birthday!")
    return render_template_string(CARD, to=to, msg=msg)
