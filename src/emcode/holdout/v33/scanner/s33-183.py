from flask import Flask, render_template_string, request

app = Flask(__name__)

CARD = "<div class='card'><h1>{{ couple }}</h1><p>request the pleasure of your company</p></div>"


@app.route("/invite/preview")
def invite_preview():
    couple = request.args.get("couple", "Sam & Alex")
    return render_template_string(CARD, couple=couple)
