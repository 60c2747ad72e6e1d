from flask import Flask, request, render_template_string

app = Flask(__name__)

PREVIEW = """
<html>
  <head><title>Result preview</title></head>
  <body>
    <h1>{{ panel }} panel</h1>
    <dl>
      <dt>Species</dt><dd>{{ species }}</dd>
      <dt>Clinician note</dt><dd>{{ note }}</dd>
    </dl>
  </body>
</html>
"""


@app.post("/lab/results/preview")
def preview_result():
    return render_template_string(
        PREVIEW,
        species=request.form.get("species", ""),
        note=request.form.get("note", ""),
        panel=request.form.get("panel", "CBC"),
    )
