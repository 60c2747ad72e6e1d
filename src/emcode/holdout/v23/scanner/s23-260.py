from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)
TASKS = []


@app.route("/robots/tasks", methods=["GET", "POST"])
def tasks():
    if request.method == "POST":
        label = request.form.get("label", "").strip()
        if label:
            TASKS.append(label)
    html_rows = ""
    for i, task in enumerate(TASKS, 1):
        label_safe = escape(task)
        html_rows += f"<li>#{i}: {label_safe}</li>"
    page = """<!doctype html>
<title>Robot tasks</title>
<form method=post><input name=label><button>Add</button></form>
<ol>%s</ol>""" % html_rows
    return page
