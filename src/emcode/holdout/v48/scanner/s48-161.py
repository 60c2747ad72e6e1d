import httpx


def notify_booking_webhook(webhook_url, booking):
    with httpx.Client(timeout=3.0) as client:
        r = client.post(webhook_url, json=booking)
    return r.status_code
