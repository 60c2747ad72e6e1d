from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/card")
def greeting_card():
    to = request.args.get("to", "friend")
    template = "<h1>Happy birthday, " + to + "!</h1><p>From all of us at {{ shop }}</p>"
    return render_template_string(template, shop="Paws & Claws")
