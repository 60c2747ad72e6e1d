import requests

API_KEY = "sk_live_51HxQ2eKZ8vYt3pLmN0aBcD"

def get_balance():
    headers = {"Authorization": "Bearer " + API_KEY}
    r = requests.get("https://api.stripe.com/v1/balance", headers=headers, timeout=10)
    data = r.json()
    for item in data["avai