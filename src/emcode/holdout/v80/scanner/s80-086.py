import requests


def send_sms(number, text, api_key="AC9b1f3e2d7c4a5b6e8f0a1b2c3d4e5f6"):
    return requests.post("https://sms.gateway.example/v1/send",
                         data={"to": number, "body": text}, auth=("tidealerts", api_key), timeout=10).ok
