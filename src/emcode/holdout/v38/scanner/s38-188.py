from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/outages/near", response_class=HTMLResponse)
async def outages_near(town: str = ""):
    content = f"""
    <section>
      <h1>Reported outages near {town}</h1>
      <p>Check back in 15 minutes for restoration estimates.</p>
    </section>
    """
    return HTMLResponse(content=content)
