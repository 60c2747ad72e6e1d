from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()

@app.get("/billing/thanks", response_class=HTMLResponse)
def thanks(plan: str = "basic", coupon: str = ""):
    note = f"Coupon {coupon} applied." if coupon else ""
    return f"""
    <html><body>
      <h1>You're on the {plan} plan</h1>
      <p>{note}</p>
    </body></html>
    """
