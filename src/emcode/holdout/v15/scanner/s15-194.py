from flask import Flask, render_template_string, request

app = Flask(__name__)
CARD = "<h1>Dear {{ to }}</h1><p>{{ message }}</p>"


@app.route("/card")
def card():
    return render_template_string(CARD, to=request.args.get("to", "friend"),
                                  message=request.args.get("message", "Happy birthday!"))
