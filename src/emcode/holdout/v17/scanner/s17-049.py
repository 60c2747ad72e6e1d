from flask import Flask, request, render_template_string

app = Flask(__name__)

BANNER = """
<div class="banner">
  Welcome back, {{ name }}! You have {{ count }} new messages.
</div>
"""


@app.route("/welcome")
def greet():
    name = request.args.get("name", "guest")
    return render_template_string(BANNER, name=name, count=3)
