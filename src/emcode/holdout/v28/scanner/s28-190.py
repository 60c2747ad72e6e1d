import html

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

from .catalog import tracks_by_mood

app = FastAPI()


@app.get("/moods/{mood}", response_class=HTMLResponse)
def mood_page(mood: str):
    title = html.escape(mood.title())
    rows = [f"<li>{html.escape(t.title)} &ndash; {html.escape(t.artist)}</li>" for t in tracks_by_mood(mood)]
    body = f"""<html><head><title>{title}</title></head>
<body><h1>{title} mix</h1><ol>{''.join(rows)}</ol></body></html>"""
    return body
