from flask import Flask, request, render_template_string

app = Flask(__name__)

PAGE = """
<!doctype html>
<title>Feedback</title>
<p>Thanks, {{ name }}. We received: {{ message }}</p>
"""


@app.route("/feedback", methods=["POST"])
def feedback():
    name = request.form.get("name", "friend")
    message = request.form.get("message", "")
    return render_template_string(PAGE, name=name, message=message)
