from flask import Flask, request

app = Flask(__name__)


@app.post("/sites/preview")
def preview_site():
    payload = request.get_json(silent=True) or {}
    site = payload.get("site", "")
    notes = payload.get("notes", "")
    doc = f'''
<article>
  <header>{site}</header>
  <pre>{notes}</pre>
</article>
'''
    return doc, 200
