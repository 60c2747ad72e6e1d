import os

from flask import Flask, redirect, render_template, url_for
from flask_wtf import FlaskForm
from wtforms import DateField, StringField
from wtforms.validators import DataRequired, Length

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]


class BookingForm(FlaskForm):
    name = StringField("Name", validators=[DataRequired(), Length(max=80)])
    date = DateField("Date", validators=[DataRequired()])


@app.route("/book", methods=["GET", "POST"])
def book():
    form = BookingForm()
    if form.validate_on_submit():
        # save_booking(form.name.data, form.date.data)
        return redirect(url_for("book"))
    return render_template("book.html", form=form)
