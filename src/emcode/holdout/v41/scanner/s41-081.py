from flask import Flask, render_template_string, request

app = Flask(__name__)

TEMPLATE = "<div class='preview'><h1>{{ title }}</h1><p>Goal: ${{ goal }}</p></div>"


@app.route("/campaigns/preview", methods=["POST"])
def preview():
    title = request.form.get("title", "Untitled")
    try:
        goal = int(request.form.get("goal", "0"))
    except ValueError:
        goal = 0
    return render_template_string(TEMPLATE, title=title, goal=goal)
