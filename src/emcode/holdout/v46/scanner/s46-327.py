import os

from flask import Flask, redirect, render_template, url_for
from flask_wtf import FlaskForm
from wtforms import DateField, SelectField, StringField
from wtforms.validators import DataRequired, Length

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]


class LoanForm(FlaskForm):
    student = StringField("Student", validators=[DataRequired(), Length(max=80)])
    instrument = SelectField("Instrument", choices=[("vln", "Violin"), ("vla", "Viola"), ("clr", "Clarinet")])
    due = DateField("Due date", validators=[DataRequired()])


LOANS = []


@app.route("/loans/new", methods=["GET", "POST"])
def new_loan():
    form = LoanForm()
    if form.validate_on_submit():
        LOANS.append({"student": form.student.data, "instrument": form.instrument.data, "due": form.due.data})
        return redirect(url_for("new_loan"))
    return render_template("new_loan.html", form=form)
