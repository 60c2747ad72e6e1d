from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/greeting")
def greeting():
    listener = request.args.get("listener", "friend")
    tpl = "<h2>Shout-out to " + listener + "!</h2><p>Now playing: {{ track }}</p>"
    return render_template_string(tpl, track="Morning Tide")
