from fastapi import FastAPI, Query
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/membership/welcome", response_class=HTMLResponse)
async def welcome(member: str = Query(...), tier: str = "standard"):
    content = """
    <section class="welcome">
      <h2>Welcome back, {name}!</h2>
      <p>Your {tier} membership gives you unlimited bouldering.</p>
    </section>
    """.format(name=member, tier=tier)
    return HTMLResponse(content=content)
