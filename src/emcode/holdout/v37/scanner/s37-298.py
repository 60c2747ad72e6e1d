from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/concerts/{slug}", response_class=HTMLResponse)
async def concert_page(slug: str, conductor: str = ""):
    banner = f"<header><h1>{slug.replace('-', ' ').title()}</h1><p>Conducted by {conductor}</p></header>"
    return HTMLResponse(content=banner)
