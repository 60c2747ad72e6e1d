from fastapi import FastAPI, Query
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/appeal/status", response_class=HTMLResponse)
async def appeal_status(ticket: str = Query(...), name: str = Query("")):
    content = f"""
    <section>
      <h1>Appeal for ticket {ticket}</h1>
      <p>Thanks {name}, your appeal is under review.</p>
    </section>
    """
    return HTMLResponse(content=content)
