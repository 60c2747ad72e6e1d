from html import escape

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/concerts/{slug}", response_class=HTMLResponse)
async def concert_page(slug: str, conductor: str = ""):
    title = escape(slug.replace("-", " ").title())
    who = escape(conductor)
    banner = f"<header><h1>{title}</h1><p>Conducted by {who}</p></header>"
    return HTMLResponse(content=banner)
