from flask import Flask, make_response, request

app = Flask(__name__)


@app.post("/gauges/<station>/note")
def add_note(station):
    note = request.form.get("note", "").strip()
    page = f"""
    <html>
      <body>
        <h1>Tide gauge {station}</h1>
        <p>Your note was saved:</p>
        <blockquote>{note}</blockquote>
      </body>
    </html>
    """
    resp = make_response(page, 201)
    resp.headers["Cache-Control"] = "no-store"
    return resp
