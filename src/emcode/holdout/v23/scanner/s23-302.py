import boto3
import stripe
from functools import lru_cache


@lru_cache(maxsize=1)
def stripe_key() -> str:
    client = boto3.client("secretsmanager")
    return client.get_secret_value(SecretId="elearn/stripe-api-key")["SecretString"]


def charge_course_fee(customer_id: str, amount_cents: int) -> str:
    stripe.api_key = stripe_key()
    intent = stripe.PaymentIntent.create(customer=customer_id, amount=amount_cents, currency="eur")
    return intent.id
