from flask import Flask, request, render_template_string
from markupsafe import Markup

app = Flask(__name__)

PAGE = "<h1>Feedback</h1><div>{{ message }}</div>"


@app.route("/feedback", methods=["GET", "POST"])
def feedback():
    raw = request.values.get("msg", "")
    message = Markup("<em>" + raw + "</em>")
    return render_template_string(PAGE, message=message)
