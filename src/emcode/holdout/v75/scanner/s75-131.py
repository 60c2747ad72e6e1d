from flask import Flask, request, make_response

app = Flask(__name__)


@app.post("/lab/results/preview")
def preview_result():
    species = request.form.get("species", "")
    note = request.form.get("note", "")
    panel = request.form.get("panel", "CBC")
    html = f"""
    <html>
      <head><title>Result preview</title></head>
      <body>
        <h1>{panel} panel</h1>
        <dl>
          <dt>Species</dt><dd>{species}</dd>
          <dt>Clinician note</dt><dd>{note}</dd>
        </dl>
      </body>
    </html>
    """
    resp = make_response(html)
    resp.headers["Cache-Control"] = "no-store"
    return resp
