from flask import Flask, request, redirect, url_for
from markupsafe import escape

app = Flask(__name__)
NOTES = []

ROW = "<li><strong>{title}</strong> &mdash; {body}</li>"


def render_note(note):
    return ROW.format(title=escape(note["title"]), body=escape(note["body"]))


@app.route("/notes", methods=["GET"])
def list_notes():
    rows = "\n".join(render_note(n) for n in NOTES)
    return f"""<!doctype html>
<html><body><h1>Notes</h1><ul>{rows}</ul>
<a href="{url_for('new_note')}">new</a></body></html>"""


@app.route("/notes/new", methods=["GET", "POST"])
def new_note():
    if request.method == "POST":
        NOTES.append({"title": request.form.get("title", "")[:100], "body": request.form.get("body", "")[:2000]})
        return redirect(url_for("list_notes"))
    return render_template_form()


def render_template_form():
    return '<form method="post"><input name="title"><textarea name="body"></textarea><button>Save</button></form>'
