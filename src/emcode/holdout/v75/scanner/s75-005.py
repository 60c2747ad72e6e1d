from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/badge")
def badge():
    nickname = request.args.get("nick", "climber")
    template = "<div class='badge'>Top-rope certified: " + nickname + " ({{ date }})</div>"
    return render_template_string(template, date="2026-03-01")
