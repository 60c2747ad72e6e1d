import os
from flask import Flask, request, render_template
from markupsafe import escape

app = Flask(__name__)
ALLOWED = {".csv", ".xlsx"}


def error_fragment(text):
    return "<p class='error'>%s</p>" % escape(text)


@app.route("/import", methods=["POST"])
def import_sheet():
    f = request.files["sheet"]
    ext = os.path.splitext(f.filename)[1].lower()
    if ext not in ALLOWED:
        return error_fragment("File " + f.filename + " has an unsupported type."), 400
    return render_template("import_done.html", rows=0)
