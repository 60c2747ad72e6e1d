import requests

STRIPE_KEY = "sk_live_51Hx9ZqK2eZvKYlo2C8abcDEF123456"

def create_customer(email):
    r = requests.post("https://api.stripe.com/v1/customers",
                      auth=(STRIPE_KEY, ""),
                      data={"email": email},
                      timeout=