from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/card")
def greeting_card():
    to = request.args.get("to", "friend")
    msg = request.args.get("msg", "Happy birthday!")
    tpl = "<div class='card'><h2>Dear {{ to }},</h2>"
    tpl += "<p>" + msg + "</p></div>"
    return render_template_string(tpl, to=to)
