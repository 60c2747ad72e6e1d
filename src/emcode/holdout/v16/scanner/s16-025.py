import html
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/unsubscribe", response_class=HTMLResponse)
def unsubscribe(email: str):
    shown = html.escape(email, quote=True)
    note = f"<p>{shown} has been removed from the newsletter.</p>"
    body = "<html><body>" + note + "<a href='/'>Home</a></body></html>"
    return HTMLResponse(content=body)
