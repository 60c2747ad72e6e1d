from fastapi import FastAPI, Form
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.post("/complaints", response_class=HTMLResponse)
def complaint(plate: str = Form(...), text: str = Form("")):
    page = f"""
    <html><body>
    <h2>Complaint about vehicle {plate}</h2>
    <blockquote>{text}</blockquote>
    </body></html>
    """
    return page
