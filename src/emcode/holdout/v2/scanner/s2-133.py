from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/preview", response_class=HTMLResponse)
async def preview(comment: str = ""):
    page = "<div class='comment'>" + comment + "</div>"
    return HTMLResponse(content=page)
