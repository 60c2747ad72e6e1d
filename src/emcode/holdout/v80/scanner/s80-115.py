from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/carpark/notice")
def notice():
    msg = request.args.get("msg", "")
    return render_template_string("<div class='notice'>" + msg + "</div>")


@app.route("/carpark/levels")
def levels():
    return render_template_string("<ul>{% for l in levels %}<li>{{ l }}</li>{% endf