from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/cards/preview", methods=["POST"])
def card_preview():
    greeting = request.form.get("greeting", "Happy birthday!")
    template = "<div class='card'>" + greeting + "</div><p>From {{ sender }}</p>"
    return render_template_string(template, sender=request.form.get("sender", "us"))
