from flask import Flask, request, render_template_string
from markupsafe import Markup

app = Flask(__name__)

PAGE = "<html><body><h1>Family notes</h1><div>{{ note }}</div></body></html>"


@app.post("/notes/preview")
def preview():
    note = Markup(request.form.get("note", ""))
    return render_template_string(PAGE, note=note)
