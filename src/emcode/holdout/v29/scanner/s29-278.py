from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/cards/preview")
def preview_card():
    greeting = request.args.get("greeting", "Happy cooking!")
    tpl = "<div class='card'><h2>" + greeting + "</h2><p>{{ recipe }}</p></div>"
    return render_template_string(tpl, recipe="Lemon drizzle")
