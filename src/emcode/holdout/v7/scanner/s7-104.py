import bleach
from flask import Flask, request

app = Flask(__name__)

PREVIEW = """<section class="preview">
  <h4>Preview</h4>
  <p>{text}</p>
</section>"""


def clean_comment(text: str) -> str:
    return bleach.clean(text, tags=[], attributes={}, strip=True)


@app.route("/preview", methods=["POST"])
def preview():
    cleaned = clean_comment(request.form.get("body", ""))
    html = PREVIEW.format(text=cleaned)
    return html
