import html
import os

from flask import Flask, request

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]


@app.route("/feedback", methods=["GET", "POST"])
def feedback():
    if request.method == "POST":
        name = request.form.get("name", "").strip() or "passenger"
        shown_name = html.escape(name)
        message = "<p>Thank you, %s. Your feedback about the crossing has been recorded.</p>" % shown_name
        return message
    return """
    <form method="post">
      <label>Name <input name="name"></label>
      <textarea name="comments"></textarea>
      <button>Send</button>
    </form>
    """
