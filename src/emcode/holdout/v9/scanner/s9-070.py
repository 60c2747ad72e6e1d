import os
from flask import Flask, render_template_string, redirect
from flask_wtf import FlaskForm
from wtforms import StringField

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
app.config["WTF_CSRF_ENABLED"] = False


class NotifyForm(FlaskForm):
    webhook = StringField("Webhook")


@app.route("/settings", methods=["GET", "POST"])
def settings():
    form = NotifyForm()
    if form.validate_on_submit():
        app.config["NOTIFY_WEBHOOK_LABEL"] = form.webhook.data
        return redirect("/settings")
    return render_template_string("<form method=post>{{ form.webhook() }}<button>Save</button></form>", form=form)
