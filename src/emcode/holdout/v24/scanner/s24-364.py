import os
from flask import Flask, render_template, redirect, url_for, flash
from flask_wtf import FlaskForm, CSRFProtect
from wtforms import StringField, DateField, SelectField
from wtforms.validators import DataRequired, Length

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]
csrf = CSRFProtect(app)


class VisitForm(FlaskForm):
    pet_name = StringField("Pet", validators=[DataRequired(), Length(max=60)])
    visit_date = DateField("Date", validators=[DataRequired()])
    reason = SelectField("Reason", choices=[("checkup", "Check-up"), ("vaccine", "Vaccination"), ("other", "Other")])


@app.route("/visits/new", methods=["GET", "POST"])
def new_visit():
    form = VisitForm()
    if form.validate_on_submit():
        flash(f"Visit booked for {form.pet_name.data}")
        return redirect(url_for("new_visit"))
    return render_template("visit_form.html", form=form)
