from flask import Flask, request

app = Flask(__name__)

@app.route("/preview", methods=["POST"])
def preview():
    comment = request.form["comment"]
    html = f"""
    <html><body>
      <div class="preview">{comment}</div>
    </body></html>
    """
    return html
