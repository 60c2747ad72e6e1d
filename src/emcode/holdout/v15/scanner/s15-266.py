from flask import Flask, render_template_string, request
from markupsafe import Markup

app = Flask(__name__)
NOTES = []


@app.route("/notes", methods=["GET", "POST"])
def notes():
    if request.method == "POST":
        NOTES.append(request.form.get("text", ""))
    items = Markup("".join(f"<li>{n}</li>" for n in NOTES))
    return render_template_string("<ul>{{ items }}</ul>", items=items)
