from html import escape

from fastapi import FastAPI, Form
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.post("/complaints", response_class=HTMLResponse)
def complaint(plate: str = Form(...), text: str = Form("")):
    plate_s, text_s = escape(plate), escape(text)
    page = f"""
    <html><body>
    <h2>Complaint about vehicle {plate_s}</h2>
    <blockquote>{text_s}</blockquote>
    </body></html>
    """
    return page
