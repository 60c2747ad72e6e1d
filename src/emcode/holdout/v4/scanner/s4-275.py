from flask import Flask, request, render_template_string

app = Flask(__name__)
CARD = "<h1>Happy birthday {{ name }}!</h1>"


@app.route("/card")
def card():
    return render_template_string(CARD, name=request.args.get("name", "friend"))
