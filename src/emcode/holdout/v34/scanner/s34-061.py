import html

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/arrays/{array_id}/status", response_class=HTMLResponse)
async def array_status(array_id: int, label: str = ""):
    label_html = html.escape(label)
    content = f"""<html><body>
    <h1>Array {array_id}</h1>
    <p>Operator label: {label_html}</p>
    </body></html>"""
    return HTMLResponse(content=content)
