import bleach
from flask import Flask, request

app = Flask(__name__)

@app.route("/preview", methods=["POST"])
def preview():
    comment = bleach.clean(request.form["comment"], tags=[], strip=True)
    html = f"""
    <html><body>
      <div class="preview">{comment}</div>
    </body></html>
    """
    return html
