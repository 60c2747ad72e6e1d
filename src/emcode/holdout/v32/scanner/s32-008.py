from flask import Flask, request, render_template_string

app = Flask(__name__)

PAGE = """
<h1>Tasting notes</h1>
<div class="note">{{ note|safe }}</div>
"""


@app.route("/notes/preview", methods=["POST"])
def preview():
    return render_template_string(PAGE, note=request.form.get("note", ""))
