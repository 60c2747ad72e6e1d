import os
import requests

STRIPE_KEY = os.environ["STRIPE_SECRET_KEY"]

def create_customer(email):
    r = requests.post("https://api.stripe.com/v1/customers",
                      auth=(STRIPE_KEY, ""),
                      data={"email": em