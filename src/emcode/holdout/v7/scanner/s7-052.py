import os
from flask import Flask, render_template
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine(os.environ["DB_URL"])
QUERY = text("SELECT p.id, p.title FROM posts p JOIN post_tags t ON t.post_id = p.id "
             "WHERE t.tag = :tag ORDER BY p.created DESC")


@app.route("/tags/<tag>")
def posts_by_tag(tag):
    with engine.connect() as conn:
        rows = conn.execute(QUERY, {"tag": tag}).all()
    return render_template("tag.html", tag=tag, posts=rows)
