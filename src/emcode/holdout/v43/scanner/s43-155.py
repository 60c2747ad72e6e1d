from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/docks/<int:dock_id>/feedback", methods=["POST"])
def dock_feedback(dock_id):
    comment = request.form.get("comment", "")
    rating = request.form.get("rating", type=int)
    html = f"""
    <html><body>
      <h1>Thanks for rating dock {dock_id}</h1>
      <p>Your rating: {rating}/5</p>
      <p>Your comment: {escape(comm