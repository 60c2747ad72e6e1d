import html
from dataclasses import dataclass
from flask import Flask, request

app = Flask(__name__)


@dataclass
class Screening:
    film: str
    venue: str
    time: str

    def to_html(self) -> str:
        f, v, t = (html.escape(x) for x in (self.film, self.venue, self.time))
        return f"<tr><td>{f}</td><td>{v}</td><td>{t}</td></tr>"


SCHEDULE = [Screening("Nosferatu", "Hall A", "19:00"), Screening("M", "Hall B", "21:00")]


@app.get("/schedule")
def schedule():
    venue = request.args.get("venue", "")
    rows = [s.to_html() for s in SCHEDULE if not venue or s.venue == venue]
    caption = html.escape(venue or "all venues")
    return f"<table><caption>{caption}</caption>{''.join(rows)}</table>"
