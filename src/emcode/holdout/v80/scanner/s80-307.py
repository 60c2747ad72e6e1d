import os

import requests


def send_sms(number, text):
    api_key = os.environ["SMS_API_KEY"]
    return requests.post("https://sms.gateway.example/v1/send",
                         data={"to": number, "body": text}, auth=("tidealerts", api_key), timeout=10).ok
