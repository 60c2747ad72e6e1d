from flask import Flask, request, render_template_string

app = Flask(__name__)

CARD = "<div class='card'><h2>{{ greeting }}</h2><p>{{ recipe }}</p></div>"


@app.route("/cards/preview")
def preview_card():
    greeting = request.args.get("greeting", "Happy cooking!")
    return render_template_string(CARD, greeting=greeting, recipe="Lemon drizzle")
