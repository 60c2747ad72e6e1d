from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/certificate")
def certificate():
    skater = request.args.get("name", "Skater")
    level = request.args.get("level", "1")
    tpl = "<div class='cert'><h1>Congratulations " + skater + "</h1><p>Level {{ level }} passed</p></div>"
    return render_template_string(tpl, level=level)


@app.route("/certificate/print")
def print_version():
    return render_template_string("<link rel='stylesheet' href='/static/print.css'>{{ body|sa