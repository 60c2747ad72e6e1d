from flask import Flask, request, render_template_string

app = Flask(__name__)

WELCOME = """
<html>
  <body>
    <h1>Welcome to the Elm Street community garden, {{ gardener }}!</h1>
    <p>You have been assigned plot <strong>{{ plot }}</strong>.</p>
    <p>Tool shed code is posted on the noticeboard.</p>
  </body>
</html>
"""


@app.route("/garden/welcome", methods=["POST"])
def welcome():
    gardener = request.form.get("gardener", "friend")
    plot = request.form.get("plot", "?")
    return render_template_string(WELCOME, gardener=gardener, plot=plot)
