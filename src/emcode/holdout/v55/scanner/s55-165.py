from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/ticket/preview")
def ticket_preview():
    passenger = request.args.get("name", "Guest")
    tpl = "<h2>Boarding pass for " + passenger + "</h2><p>Gate {{ gate }}</p>"
    return render_template_string(tpl, gate="B")
