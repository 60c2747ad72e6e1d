from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()

STEPS = {"alice": 10432, "bob": 8800}


@app.get("/leaderboard/user", response_class=HTMLResponse)
async def user_card(username: str):
    steps = STEPS.get(username.lower(), 0)
    card = """
    <section class="card">
      <h3>{who}</h3>
      <p>{steps} steps today</p>
    </section>
    """.format(who=username, steps=steps)
    return HTMLResponse(content=card)
