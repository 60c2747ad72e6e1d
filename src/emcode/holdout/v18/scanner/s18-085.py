from flask import Flask, request, render_template_string

app = Flask(__name__)
CARD = "<div class='card'><h3>Dear {{ recipient }}</h3><p>{{ message }}</p></div>"


@app.route("/cards/preview", methods=["POST"])
def preview_card():
    recipient = request.form.get("recipient", "friend")[:80]
    message = request.form.get("message", "Happy birthday!")[:500]
    return render_template_string(CARD, recipient=recipient, message=message)
