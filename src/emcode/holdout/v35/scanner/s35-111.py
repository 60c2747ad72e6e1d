from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.get("/card")
def card():
    pet = request.args.get("pet", "friend")
    return render_template_string("<div class='card'>Meet " + pet + "!</div>")


@app.get("/cards")
def cards():
    names = request.args.getlist("pet")
    return render_template_string("{% for n in names %}<div class='card'>Meet {{ n }}!</div>{% endfor %}", names=na