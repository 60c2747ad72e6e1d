from flask import Flask, request, render_template_string

app = Flask(__name__)

TPL = "<h2>Boarding pass for {{ passenger }}</h2><p>Gate {{ gate }}</p>"


@app.route("/ticket/preview")
def ticket_preview():
    passenger = request.args.get("name", "Guest")
    return render_template_string(TPL, passenger=passenger, gate="B")
