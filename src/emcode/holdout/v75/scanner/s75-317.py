from flask import Flask, render_template_string, request

app = Flask(__name__)
BADGE = "<div class='badge'>Top-rope certified: {{ nick }} ({{ date }})</div>"


@app.route("/badge")
def badge():
    return render_template_string(BADGE, nick=request.args.get("nick", "climber"), date="2026-03-01")
