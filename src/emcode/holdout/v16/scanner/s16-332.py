from flask import Flask, request, render_template_string

app = Flask(__name__)
profiles = {}

PROFILE_TMPL = """
<html><body>
  <h1>{{ data.display }}</h1>
  <section class="bio">{{ data.bio }}</section>
</body></html>
"""


@app.route("/profile/<int:uid>", methods=["GET"])
def profile(uid):
    data = profiles.get(uid, {"display": "anonymous", "bio": ""})
    return render_template_string(PROFILE_TMPL, data=data)
