from flask import Flask, make_response, request

app = Flask(__name__)


@app.post("/episodes/preview")
def preview_episode():
    title = request.form.get("title", "Untitled")
    show_notes = request.form.get("notes", "")
    body = f"""
    <html>
      <head><title>Preview</title></head>
      <body>
        <h1>{title}</h1>
        <section class="notes">{show_notes}</section>
      </body>
    </html>
    """
    resp = make_response(body)
    resp.headers["Cache-Control"] = "no-store"
    return resp
