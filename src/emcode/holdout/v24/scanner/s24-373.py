from flask import Flask, request, render_template_string

app = Flask(__name__)
CARD = "<h1>Happy birthday, {{ to }}!</h1><p>From all of us at {{ shop }}</p>"


@app.route("/card")
def greeting_card():
    to = request.args.get("to", "friend")
    return render_template_string(CARD, to=to, shop="Paws & Claws")
