from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/tuning/confirm")
def confirm():
    client = request.args.get("client", "")
    tpl = "<h1>Booking confirmed for " + client + "</h1><p>{{ when }}</p>"
    return render_template_string(tpl, when="Tuesday 10:00")
