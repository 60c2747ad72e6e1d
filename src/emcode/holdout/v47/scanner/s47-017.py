from fastapi import FastAPI, Query
from fastapi.responses import HTMLResponse

app = FastAPI(title="Meter portal")


@app.get("/account/usage", response_class=HTMLResponse)
async def usage_page(account: str = Query(...), period: str = Query("2024-Q1")):
    litres = 18250  # placeholder until the billing service is wired in
    return HTMLResponse(
        content=f"""
        <section>
          <h1>Usage for account {account}</h1>
          <p>{period}: {litres:,} litres</p>
        </section>
        """
    )
