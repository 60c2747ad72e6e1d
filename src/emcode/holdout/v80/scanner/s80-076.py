from flask import Flask, make_response, render_template_string, request

app = Flask(__name__)

PAGE = """
<html>
  <body>
    <h1>Tide gauge {{ station }}</h1>
    <p>Your note was saved:</p>
    <blockquote>{{ note }}</blockquote>
  </body>
</html>
"""


@app.post("/gauges/<station>/note")
def add_note(station):
    note = request.form.get("note", "").strip()
    page = render_template_string(PAGE, station=station, note=note)
    resp = make_response(page, 201)
    resp.headers["Cache-Control"] = "no-store"
    return resp
