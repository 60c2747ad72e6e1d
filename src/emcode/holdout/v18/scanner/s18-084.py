from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/cards/preview", methods=["POST"])
def preview_card():
    recipient = request.form.get("recipient", "friend")
    message = request.form.get("message", "Happy birthday!")
    template = "<div class='card'><h3>Dear " + recipient + "</h3><p>" + message + "</p></div>"
    return render_template_string(template)
