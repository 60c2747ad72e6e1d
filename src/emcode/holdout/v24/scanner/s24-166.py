from flask import Flask, request

app = Flask(__name__)
ERRORS = {"full": "This class is full.", "past": "This class has already started.", "dup": "You are already booked."}


@app.route("/booking-error")
def booking_error():
    code = request.args.get("code", "")
    text = ERRORS.get(code, "Something went wrong.")
    return f"""
    <div class="alert">
      <p>{text}</p>
      <a href="/classes">Back to the timetable</a>
    </div>
    """
