from flask import Flask, render_template_string, request

app = Flask(__name__)
CARD = "<div class='card'><h2>Dear {{ to }}</h2><p>{{ message }}</p></div>"


@app.route("/card")
def greeting_card():
    return render_template_string(CARD, to=request.args.get("to", "friend"),
                                  message=request.args.get("message", "Happy birthday!"))
