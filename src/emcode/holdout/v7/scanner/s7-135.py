from flask import Flask, render_template_string
from models import User

app = Flask(__name__)

PROFILE = """
<h1>{{ user.name }}</h1>
<div class="bio">{{ user.bio | safe }}</div>
"""


@app.route("/u/<username>")
def profile(username):
    user = User.query.filter_by(name=username).first_or_404()
    return render_template_string(PROFILE, user=user)
