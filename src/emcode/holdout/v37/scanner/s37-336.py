from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.post("/programme/preview")
def preview():
    source = request.form["programme"]
    rendered = render_template_string(source, concert="Spring Gala")
    word_count = len(rendered.split())
    return {"html": rendered, "words": word_co