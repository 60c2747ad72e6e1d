from html import escape

from flask import Flask, request

app = Flask(__name__)


@app.post("/sites/preview")
def preview_site():
    payload = request.get_json(silent=True) or {}
    site_html = escape(str(payload.get("site", "")))
    notes_html = escape(str(payload.get("notes", "")))
    doc = f'''
<article>
  <header>{site_html}</header>
  <pre>{notes_html}</pre>
</article>
'''
    return doc, 200
